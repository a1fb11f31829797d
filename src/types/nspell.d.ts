declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    personal(dic: string): NSpell;
  }
  function nspell(dictionary: { aff: string; dic: string } | string, dic?: string): NSpell;
  export default nspell;
}
