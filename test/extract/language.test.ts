import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLangTag } from '../../src/extract/language.js';

describe('language', () => {
  it('detects common languages on sentences we wrote', () => {
    expect(
      detectLanguage('The harbour authority said on Tuesday that the new flood gates would open next spring.'),
    ).toBe('en');
    expect(
      detectLanguage('Die Hafenbehörde teilte am Dienstag mit, dass die neuen Fluttore im nächsten Frühjahr öffnen.'),
    ).toBe('de');
    expect(
      detectLanguage(
        "L'autorité portuaire a annoncé mardi que les nouvelles écluses ouvriraient au printemps prochain.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'La autoridad portuaria dijo el martes que las nuevas compuertas se abrirán la próxima primavera.',
      ),
    ).toBe('es');
    expect(detectLanguage('Портовое управление сообщило во вторник, что новые шлюзы откроются следующей весной.')).toBe(
      'ru',
    );
  });
  it('says und for too little text', () => {
    expect(detectLanguage('12 34')).toBe('und');
  });
  it('normalises lang tags', () => {
    expect(normaliseLangTag('en-GB')).toBe('en');
    expect(normaliseLangTag('DE')).toBe('de');
    expect(normaliseLangTag('english')).toBeNull();
  });
});

describe('short English text with foreign names', () => {
  it('reads a one-sentence English report full of Arabic or Portuguese names as English', () => {
    expect(detectLanguage('Hamas negotiator Khalil al-Hayya met Egyptian mediators in Cairo.')).toBe('en');
    expect(detectLanguage('President Luiz Inacio Lula da Silva criticised Argentina over trade.')).toBe('en');
  });
  it('still reads short German and Spanish sentences as such', () => {
    expect(detectLanguage('Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen.')).toBe('de');
    expect(detectLanguage('El presidente de Colombia se reunió con el líder venezolano en Caracas.')).toBe('es');
  });
});
