import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/read/detect-language.ts';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['en', 'The foreign ministers met in Almaty and agreed to deepen cooperation in trade, transport and energy.'],
    ['ru', 'Министры иностранных дел провели встречу в Алматы и договорились углублять сотрудничество.'],
    ['kk', 'Сыртқы істер министрлері Алматыда кездесіп, ынтымақтастықты тереңдетуге келісті.'],
    ['fr', 'Les ministres se sont réunis à Almaty et ont convenu de renforcer la coopération régionale.'],
    ['de', 'Die Außenminister trafen sich in Almaty und vereinbarten eine engere Zusammenarbeit in der Region.'],
    ['zh', '中国—中亚外长第六次会晤在阿拉木图举行，各方同意深化合作。'],
    ['ja', '日本と中央アジアの首脳会議が東京で開催されました。'],
    ['ko', '한국-중앙아시아 협력 포럼이 서울에서 열렸습니다.'],
    ['ar', 'اجتمع وزراء الخارجية في ألماتي واتفقوا على تعزيز التعاون الإقليمي بين الدول'],
  ];
  for (const [code, text] of cases) test(`should detect ${code}`, () => assert.equal(detectLanguage(text), code));

  test('should say und for a text too short to tell', () => {
    assert.equal(detectLanguage('OK 2025'), 'und');
  });
});
