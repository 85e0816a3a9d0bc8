import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/read/decode.ts';
import { readDocument } from '../../src/read/read-document.ts';

const RUSSIAN =
  'Министры иностранных дел стран Центральной Азии и Китая провели встречу в Алматы. Стороны договорились ' +
  'укреплять сотрудничество в торговле, транспорте и энергетике.';
const RUSSIAN_CAPS = 'СОВМЕСТНОЕ ЗАЯВЛЕНИЕ МИНИСТРОВ ИНОСТРАННЫХ ДЕЛ';
const FRENCH =
  "Les ministres ont réaffirmé leur volonté de coopérer à l'élaboration d'un marché commun, où chacun " +
  'trouvera sa place.';
const GERMAN =
  'Die Außenminister begrüßten die Fortschritte der Zusammenarbeit und vereinbarten ein Treffen in Köln im ' +
  'nächsten Jahr.';

describe('decodeText', () => {
  test('should read plain UTF-8 and name it', () => {
    const d = decodeText(new TextEncoder().encode(RUSSIAN));
    assert.equal(d.text, RUSSIAN);
    assert.equal(d.encoding, 'utf-8');
  });

  test('should strip a UTF-8 byte-order mark', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Almaty — 2025')]));
    assert.equal(d.text, 'Almaty — 2025');
    assert.equal(d.encoding, 'utf-8');
  });

  test('should read UTF-16LE and UTF-16BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RUSSIAN, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RUSSIAN, 'utf-16be')]);
    assert.deepEqual(decodeText(le), { text: RUSSIAN, encoding: 'utf-16le' });
    assert.deepEqual(decodeText(be), { text: RUSSIAN, encoding: 'utf-16be' });
  });

  test('should decode the same Russian paragraph from windows-1251 and KOI8-R to the same text', () => {
    const cp1251 = decodeText(iconv.encode(RUSSIAN, 'windows-1251'));
    const koi8 = decodeText(iconv.encode(RUSSIAN, 'koi8-r'));
    assert.equal(cp1251.encoding, 'windows-1251');
    assert.equal(koi8.encoding, 'koi8-r');
    assert.equal(cp1251.text, RUSSIAN);
    assert.equal(koi8.text, cp1251.text);
  });

  test('should tell windows-1251 from KOI8-R in an all-capitals headline', () => {
    assert.equal(decodeText(iconv.encode(RUSSIAN_CAPS, 'windows-1251')).text, RUSSIAN_CAPS);
    assert.equal(decodeText(iconv.encode(RUSSIAN_CAPS, 'koi8-r')).text, RUSSIAN_CAPS);
  });

  test('should read Latin-1 French and German, and windows-1252 typographic quotes', () => {
    const fr = decodeText(iconv.encode(FRENCH, 'latin1'));
    assert.equal(fr.text, FRENCH);
    assert.equal(fr.encoding, 'iso-8859-1');
    assert.equal(decodeText(iconv.encode(GERMAN, 'latin1')).text, GERMAN);
    const quoted = 'C’est l’été — «ça» va.';
    const cp1252 = decodeText(iconv.encode(quoted, 'windows-1252'));
    assert.equal(cp1252.text, quoted);
    assert.equal(cp1252.encoding, 'windows-1252');
  });

  test('should prefer a declared charset for non-UTF-8 bytes', () => {
    assert.equal(decodeText(iconv.encode('Да', 'koi8-r'), 'x.html', 'koi8-r').encoding, 'koi8-r');
  });
});

describe('readDocument encodings', () => {
  test('should record the detected encoding in meta.encoding', async () => {
    const doc = await readDocument({ bytes: iconv.encode(RUSSIAN, 'koi8-r'), fileName: 'ru.txt' });
    assert.equal(doc.text, RUSSIAN);
    assert.equal(doc.meta.encoding, 'koi8-r');
    assert.equal(doc.meta.language, 'ru');
  });
});
