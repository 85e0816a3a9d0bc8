/**
 * @module detect-language
 * The language of a text as ISO 639-1: scripts that name their language decide first
 * (Han, Hangul, kana, Arabic), then franc's trigram model; `und` when too short to tell.
 */
import { franc } from 'franc-min';

/** ISO 639-3 (franc) → ISO 639-1 for the languages Concord's sources use. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  rus: 'ru',
  cmn: 'zh',
  kaz: 'kk',
  kir: 'ky',
  uzn: 'uz',
  uzb: 'uz',
  tgk: 'tg',
  tuk: 'tk',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  arb: 'ar',
  jpn: 'ja',
  kor: 'ko',
  tur: 'tr',
  pes: 'fa',
  ukr: 'uk',
  azj: 'az',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  hin: 'hi',
  urd: 'ur',
};

const FRANC_CANDIDATES = Object.keys(ISO_639_1);

/** Fewer letters than this and the guess is noise. */
const MIN_LETTERS = 20;
/** Only the opening of a long document is looked at: it is enough, and franc is not free. */
const SAMPLE_CHARS = 2500;

/**
 * ISO 639-1 code of the text's language, or `und`.
 * @example detectLanguage('The ministers met in Almaty and agreed to deepen cooperation.') === 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = scriptCounts(sample);
  if (counts.letters < MIN_LETTERS && counts.han + counts.kana + counts.hangul < 4) return 'und';
  const byScript = languageByScript(counts, sample);
  if (byScript) return byScript;
  // Only languages we can name: an unmapped guess (Scots, Tagalog) would only become `und`.
  const code = franc(sample, { minLength: MIN_LETTERS, only: FRANC_CANDIDATES });
  return code === 'und' ? 'und' : (ISO_639_1[code] ?? 'und');
}

interface ScriptCounts {
  letters: number;
  han: number;
  kana: number;
  hangul: number;
  arabic: number;
}

function scriptCounts(text: string): ScriptCounts {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return {
    letters: count(/\p{L}/gu),
    han: count(/\p{Script=Han}/gu),
    kana: count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
    hangul: count(/\p{Script=Hangul}/gu),
    arabic: count(/\p{Script=Arabic}/gu),
  };
}

/** A script that makes up a fair share of the letters names the language outright. */
function languageByScript(c: ScriptCounts, sample: string): string | undefined {
  const share = (n: number) => n / Math.max(1, c.letters);
  // Japanese mixes kanji and kana; any real amount of kana means Japanese, not Chinese.
  if (c.kana >= 5 && share(c.kana + c.han) > 0.3) return 'ja';
  if (share(c.hangul) > 0.3) return 'ko';
  if (share(c.han) > 0.3) return 'zh';
  if (share(c.arabic) > 0.3) {
    const code = franc(sample, { only: ['arb', 'pes', 'urd'], minLength: 10 });
    return code === 'pes' ? 'fa' : code === 'urd' ? 'ur' : 'ar';
  }
  return undefined;
}
