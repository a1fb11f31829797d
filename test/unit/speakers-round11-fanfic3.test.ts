import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel, createSpeller } from '../../src/core';
import { nameSlips } from '../../src/core/characters/mentions';
import { storyReport } from '../../src/core/dialogue/report';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';
import { loadDictionary } from '../../src/node/dictionaries';

/** Each quotation's speaker, with the story's inferred names given. */
function who(text: string, names: string[], slips?: Map<string, string>): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names, slips }).map((q) => q.speaker);
}

const ACHE = ['Kuroko', 'Frenda', 'Misaka', 'Ruiko', 'Shirai'];

describe('speaker attribution, round 11 (third session): the far end of a call, beats beside a quote, slips of a name', () => {
  it('leaves "The Officer" unknown when a quote beside it calls the last one named by that title', () => {
    const text =
      'Kuroko puts on her earpiece and presses a button on it.\n\n' +
      '"Thank you for the report on that, Officer Kuroko. I will trust your judgement," The Officer said over the earpiece, "There is still a matter of the property."\n\n' +
      '"Unfortunately, we cannot spare any officers." The Officer pauses for a moment.\n';
    assert.deepEqual(who(text, ACHE), [null, null, null]);
  });

  it('still reads a capitalized epithet as the last one named when no quote calls them', () => {
    const text =
      'Kuroko walked into the station and sat down. The Officer looked up from her desk.\n\n"You are late," The Officer said.\n\n"I know," Misaka said.\n';
    assert.deepEqual(who(text, ACHE), ['Kuroko', 'Misaka']);
  });

  it('gives an untagged quote of a tagged paragraph the one who acts in the beat beside it', () => {
    const text =
      '"I think we should protect her," Misaka said.\n\n' +
      '"Alright, I\'ll call the ATU." Kuroko puts on her earpiece and presses a button on it. "This is Judgement Officer Shirai." Kuroko paused for a minute, then continued, "Yes, hello officer."\n';
    assert.deepEqual(who(text, ACHE), ['Misaka', 'Kuroko', 'Kuroko', 'Kuroko']);
  });

  it("gives no quote the listener's gesture, the next quote's lead-in or a beat that reports speech", () => {
    const text =
      '"So you are with them?" Misaka asks.\n\n' +
      '"Would you stop me if I was? I saw the report." Misaka hesitates, before giving an unsure nod. "Really? No, I am not here for that," Frenda clarifies.\n\n' +
      '"Oh, you mean what you said, uh…" Frenda looks down and away, "No, no. It is not what you think," Ruiko said.\n\n' +
      '"Pardon?" Misaka said the same words more loudly. "Oh. Well, we are taking a vacation," Ruiko said.\n';
    const got = who(text, ACHE);
    assert.notEqual(got[1], 'Misaka');
    assert.notEqual(got[2], 'Misaka');
    assert.notEqual(got[4], 'Frenda');
    assert.notEqual(got[7], 'Misaka');
  });

  it('reads a slip of a frequent name as that name, in the attribution and the report', () => {
    const speller = createSpeller(loadDictionary('en-US'));
    const text =
      'Kuroko sat. Kuroko stood. Kuroko waited. Kuroko frowned. Kuroko nodded. Misaka smiled. Misaka waved.\n\n' +
      '"What did you find?" Misaka asked.\n\n"No. I think there is corruption going on here," Kurokou explained.\n';
    const slips = nameSlips(
      new Map([
        ['Kuroko', 5],
        ['Kurokou', 1],
        ['Misaka', 3],
      ]),
      { speller, rosterNames: new Set(), variants: new Map() },
    );
    assert.equal(slips.get('Kurokou'), 'Kuroko');
    assert.equal(slips.has('Misaka'), false);
    assert.deepEqual(who(text, ['Kuroko', 'Misaka'], slips), ['Misaka', 'Kuroko']);
    const report = storyReport([{ path: 'ch1.md', text }], { speller, lines: true });
    assert.deepEqual(
      report.chapters[0].dialogue?.map((d) => d.speaker),
      ['Misaka', 'Kuroko'],
    );
    assert.equal(
      report.characters.some((c) => c.name === 'Kurokou'),
      false,
    );
  });

  it('keeps a name of its own that is no slip of another', () => {
    const speller = createSpeller(loadDictionary('en-US'));
    const text = 'Kuroko sat. Kuroko stood. Kuroko waited. Kuroko frowned. Kuroko nodded.\n\n"Hello there," Frenda said.\n\n"Hi," Kuroko said.\n';
    const report = storyReport([{ path: 'ch1.md', text }], { speller, lines: true });
    assert.deepEqual(
      report.chapters[0].dialogue?.map((d) => d.speaker),
      ['Frenda', 'Kuroko'],
    );
  });

  it("reads a lead-in's infinitive, a participle's object and a leading clause of time past to the sentence's subject", () => {
    const text =
      '"We should go," Misaka said.\n\nKuroko was the first to answer, "Definitely not, too risky."\n\n"Maybe." Misaka nods.\n\n' +
      'Kuroko, hearing the instructions, answers Misaka, "They were unused."\n\n"Maybe." Misaka nods.\n\n' +
      'After she left, Frenda had a deadpan stare, "Seriously, you do not know?"\n\n"Maybe." Misaka nods.\n\n' +
      'After a good 30 seconds of silence, with noticeable tension, Misaka decided to speak, "So, you told her?"\n';
    assert.deepEqual(who(text, ACHE), ['Misaka', 'Kuroko', 'Misaka', 'Kuroko', 'Misaka', 'Frenda', 'Misaka', 'Misaka']);
  });

  it("gives a quote no one when the lead-in's only subject is a phrase or the sentence after it opens with a phrase", () => {
    const text =
      '"We should go," Misaka said.\n\nThe first to answer was the old clock, "Tick."\n\n' +
      'Dan stood in the circle and waited.\n\nOut in the circle the farmer came to the line, "The farmer takes a wife". With a swift swoop of his big arms, he grabbed Misaka.\n';
    const got = who(text, [...ACHE, 'Dan']);
    assert.deepEqual(got.slice(0, 2), ['Misaka', null]);
    assert.notEqual(got[2], 'Dan');
  });

  it('gives a quote to the one whose voice comes after it, and a surname-first name to the part the story knows', () => {
    const text =
      '"Hello?" Misaka says.\n\n"Misaka," the panicked voice of Kinuhata Saiai comes through the speaker, "I would not be calling unless it were necessary."\n\n' +
      '"What?" Misaka asks.\n';
    assert.deepEqual(who(text, ['Misaka', 'Saiai']), ['Misaka', 'Saiai', 'Saiai', 'Misaka']);
  });
});
