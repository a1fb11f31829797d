import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers, type SpeakerCharacter } from '../../src/core/dialogue/speakers';

function speakers(text: string, characters: SpeakerCharacter[] = []): Array<string | null> {
  return attributeSpeakers(buildModel(text), { characters }).map((q) => q.speaker);
}

const she = (name: string): SpeakerCharacter => ({ name, pronouns: 'she' });
const he = (name: string): SpeakerCharacter => ({ name, pronouns: 'he' });

describe('speaker attribution: descriptive noun phrases (issue #20)', () => {
  it('reads an epithet tag right after one speaker as the other one of that sex in the scene', () => {
    const text =
      '"So, this is awkward," Keiko said, leaning on the door.\n\n"Why are you here?" Aiko asks, confused. She had met Keiko once, at the festival.\n\n"I came for Rin," the brown-haired girl responds.\n';
    assert.deepEqual(speakers(text, [she('Keiko'), she('Aiko'), she('Rin')]), ['Keiko', 'Aiko', 'Keiko']);
  });

  it('still reads the epithet as the one who just spoke when no one else of that sex has spoken', () => {
    const text = '"Why are you here?" Aiko asks Tom. He shrugged at her.\n\n"I came for Rin," the brown-haired girl adds.\n';
    assert.deepEqual(speakers(text, [she('Aiko'), he('Tom'), she('Rin')]), ['Aiko', 'Aiko']);
  });

  it('leaves an epithet unknown when someone unnamed of that sex has talked in the scene', () => {
    const text =
      '“Don’t you want your pizza?” Kai says as he steps closer.\n\n“Please, I have a family,” he says, backing away from Kai.\n\n“Mm-hmm,” Kai says.\n\n“Yes, yes!” The man nods furiously.\n';
    assert.deepEqual(speakers(text, [he('Kai')]), ['Kai', null, 'Kai', null]);
  });

  it('does not give an epithet to a character its own sentence names beside it', () => {
    const text = 'Ben sat by the fire. Kai leaned on the wall.\n\n"Run," the man said, pushing Kai toward the door.\n';
    assert.deepEqual(speakers(text, [he('Kai'), he('Ben')]), ['Ben']);
  });

  it('does not give a pronoun tag to the one its own clause names after it', () => {
    const text =
      'Wyll looked in the mirror. Karl stood by the door.\n\n"How do I look?" Wyll asks.\n\n"Handsome as ever," he says, running his fingers along Wyll\'s chin.\n';
    assert.deepEqual(speakers(text, [he('Wyll'), he('Karl')]), ['Wyll', 'Karl']);
  });

  it('reads the pronoun tag as the one named in the next clause of its own, not set against it', () => {
    const text = 'Harry sat with Dad.\n\n"You can never have enough books," he recited, and Dad laughed.\n';
    assert.deepEqual(speakers(text, [he('Harry'), he('Dad')]), ['Harry']);
  });

  it('takes "his husband" acting for someone unnamed, whose "he says" is no one named', () => {
    const text =
      '"How do I look?" Wyll asks, gesturing to himself.\n\nHis husband steps closer with a smile. "Handsome as ever," he says.\n\n"Are you sure?" Wyll asks.\n';
    assert.deepEqual(speakers(text, [he('Wyll')]), ['Wyll', null, 'Wyll']);
  });

  it('still reads "his father" of a tag after "His father" acted as the father, not the son', () => {
    const text =
      '"Huh," Harry said. Michael stood beside him.\n\n"Wingardium," Michael said.\n\n"Huh," Harry said again. His father looked back at him.\n\n"Huh," his father echoed.\n';
    assert.deepEqual(speakers(text, [he('Harry'), he('Michael')]), ['Harry', 'Michael', 'Harry', 'Michael']);
  });

  it('reads "the blonde" of a tag and of a beat as the one the story says is a blonde', () => {
    const text =
      'Ino was a blonde. Sakura waited at the gate with her.\n\n"We are late," Sakura said.\n\n"Hmph," the blonde said.\n\n"Say that again," Sakura said.\n\nThe blonde rolled her eyes. "We are late."\n';
    assert.deepEqual(speakers(text, [she('Ino'), she('Sakura')]), ['Sakura', 'Ino', 'Sakura', 'Ino']);
  });

  it('leaves "the blonde" unknown when the story says it of two characters', () => {
    const text = 'Ino was a blonde. Temari was a blonde. Sakura waited at the gate.\n\n"We are late," Sakura said.\n\n"Hmph," the blonde said.\n';
    assert.deepEqual(speakers(text, [she('Ino'), she('Temari'), she('Sakura')]), ['Sakura', null]);
  });

  it('does not learn a noun of sex from a predicate: "Tom was a boy" makes no "the boy" Tom', () => {
    const text = 'Tom was a boy. Ben was there too, and Tom left.\n\n"Hi," Ben said.\n\nLater Tom came back.\n\n"Hello," the boy said, looking at Tom.\n';
    assert.deepEqual(speakers(text, [he('Tom'), he('Ben')]), ['Ben', 'Ben']);
  });

  it('reads "his father" as the father the narration names for him', () => {
    const text =
      'Wyll\'s father, Ulder, stood at the gate. Astarion leaned on the wall beside Wyll.\n\n"We should go," Astarion said.\n\n"Not yet," Wyll said.\n\n"Come home, son," his father said.\n';
    assert.deepEqual(speakers(text, [he('Wyll'), he('Ulder'), he('Astarion')]), ['Astarion', 'Wyll', 'Ulder']);
  });

  it('reads "his brother" as the brother the narration names after "his brother"', () => {
    const text =
      'Itachi came home late, and his brother Sasuke was waiting. Naruto sat with them.\n\n"Where were you?" Naruto asked.\n\n"Out," Itachi said.\n\n"Liar," his brother said.\n';
    assert.deepEqual(speakers(text, [he('Itachi'), he('Sasuke'), he('Naruto')]), ['Naruto', 'Itachi', 'Sasuke']);
  });
});
