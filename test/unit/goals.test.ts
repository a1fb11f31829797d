import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStoryConfig, RULE_IDS } from '../../src/core';
import { dayKey, excludeWords, goalStatus, recordWords, wordsOn, writtenDays } from '../../src/core/goals';

describe('goals: the day history', () => {
  it('counts story words added, net of deletions, and excludes a paste', () => {
    let h = recordWords({}, '2026-12-01', 500);
    h = recordWords(h, '2026-12-01', -50);
    h = recordWords(h, '2026-12-01', 3000);
    assert.equal(wordsOn(h, '2026-12-01'), 3450);
    h = excludeWords(h, '2026-12-01', 3000);
    assert.equal(wordsOn(h, '2026-12-01'), 450);
    assert.equal(wordsOn(h, '2026-12-02'), 0);
  });
  it('never goes below zero on a day of cutting', () => {
    assert.equal(wordsOn(recordWords({}, '2026-12-01', -900), '2026-12-01'), 0);
  });
  it('lists the days in order and writes local dates', () => {
    const h = recordWords(recordWords({}, '2026-12-02', 10), '2026-11-30', 20);
    assert.deepEqual(writtenDays(h), [
      { day: '2026-11-30', words: 20 },
      { day: '2026-12-02', words: 10 },
    ]);
    assert.equal(dayKey(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});

describe('goals: the status', () => {
  it("shows today's words against the daily goal and the story's progress, with the pace to the deadline", () => {
    const s = goalStatus({ day: '2026-12-01', today: 350, daily: 1000, storyWords: 45_000, goal: { words: 100_000, deadline: '2026-12-10' } });
    assert.equal(s?.text, '350/1,000 today · 45,000/100,000 (45 %)');
    assert.equal(s?.tooltip, "650 words to today's goal.\n55,000 words to the story's goal by 2026-12-10: 5,500 a day for 10 days.");
  });
  it('is hidden without any goal', () => {
    assert.equal(goalStatus({ day: '2026-12-01', today: 350, daily: 0 }), undefined);
  });
  it('says when a goal is reached', () => {
    assert.match(
      goalStatus({ day: '2026-12-01', today: 1200, daily: 1000, storyWords: 100, goal: { words: 90 } })!.tooltip,
      /^Today's goal reached: 1,200 words.\nThe story's goal of 90 words is reached.$/,
    );
  });
});

describe('goals: fanfic.json "goal"', () => {
  it('reads words and deadline', () => {
    assert.deepEqual(parseStoryConfig('{ "goal": { "words": 100000, "deadline": "2026-12-31" } }', RULE_IDS).config.goal, {
      words: 100000,
      deadline: '2026-12-31',
    });
  });
  it('reports a goal without positive words, and a deadline that is not a date, keeping the words', () => {
    const bad = parseStoryConfig('{ "goal": { "words": -3 } }', RULE_IDS);
    assert.equal(bad.config.goal, undefined);
    assert.match(bad.problems[0].message, /"goal" must be an object/);
    const late = parseStoryConfig('{ "goal": { "words": 5000, "deadline": "next week" } }', RULE_IDS);
    assert.deepEqual(late.config.goal, { words: 5000 });
    assert.match(late.problems[0].message, /"deadline" must be a date/);
  });
});
