/**
 * Twelfth pass: pairs and first persons. "We …," the minister said (the speaker), "the two men" and
 * "both sides" as the two parties named before, "X and Y said they would …", fighting and blaming
 * among a compound ("Indian and Chinese troops clashed"), a demonym sharing the head of the next
 * ("Indian and Chinese troops"), "failed to reach agreement" (negated), inverted attributions and
 * topics ("the fate of Assad") as no party, wars counted as history, and the protest implied by force
 * used on protesters ("police fired tear gas at protesters"). Invented sentences through
 * the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';
import { defaultContext, runDocument } from '../../src/pipeline.js';

const mentionsOf = (text: string) =>
  runDocument(
    { source: 'test', kind: 'text', content: text, given: { published: '2024-03-12', published_from: 'input' } },
    defaultContext({ published: '2024-03-12' }),
  ).linked.mentions;

describe('first persons in a direct quote', () => {
  it('"We reject …," the spokesman said: "We" is the speaker', () => {
    const text = '"We reject these baseless accusations," Chinese foreign ministry spokesman Lin Jian said on Monday.';
    const we = mentionsOf(text).find((m) => m.text === 'We');
    expect(we?.actor.country).toBe('CHN');
    expect(dyads(only(code(text), 'REJECT'))).toEqual(['CHN>-:REJECT']);
  });

  it('"they attacked us," the commander said: "us" is the speaker', () => {
    const text = '"They attacked us without warning," a Ukrainian army commander told reporters in Kharkiv.';
    const us = mentionsOf(text).find((m) => m.text === 'us');
    expect(us?.actor.country).toBe('UKR');
  });

  it('a first person outside quotation marks, or in a quote with no speaker, is no one', () => {
    expect(mentionsOf('We reject these accusations, the spokesman said.').some((m) => m.text === 'We')).toBe(false);
    expect(mentionsOf('The slogan read "We will not leave our land".').some((m) => m.text === 'We')).toBe(false);
  });

  it('"World War I" holds no first person', () => {
    const ms = mentionsOf('"Not since World War I has Europe seen this," French President Emmanuel Macron said.');
    expect(ms.some((m) => m.text === 'I')).toBe(false);
  });
});

describe('pairs named before', () => {
  it('"The two men met …" after a sentence naming both: the two of them', () => {
    const evs = code(
      'Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff arrived in the Omani capital on Saturday. ' +
        'The two men met for about 45 minutes.',
      '2025-04-12',
    );
    expect(dyads(evs)).toEqual(['IRN>USA:CONSULT']);
  });

  it('"the two sides" stand for a pair coded just before, and name no one otherwise', () => {
    const evs = code(
      'Russian and Ukrainian delegations held talks in Istanbul on Friday. The two sides agreed to exchange 1,000 prisoners each.',
      '2025-05-16',
    );
    expect(dyads(only(evs, 'AGREE'))).toEqual(['RUS>UKR:AGREE']);
    expect(code('The two sides agreed to exchange 1,000 prisoners each.', '2025-05-16')).toEqual([]);
  });

  it('"relations between the two countries" is no party', () => {
    const ms = mentionsOf(
      'Kenya and Tanzania signed a trade deal. Relations between the two countries had been tense.',
    );
    expect(ms.some((m) => m.text === 'countries')).toBe(false);
  });

  it('"X and Y said on Saturday they would meet again": "they" is the compound speaker', () => {
    const evs = code('Iran and the United States said on Saturday they would meet again next week.', '2025-04-12');
    expect(dyads(evs)).toEqual(['IRN>USA:AGREE']);
    expect(evs[0].cameo.code).toBe('036');
  });
});

describe('compounds fighting or blaming among themselves', () => {
  it('"Indian and Chinese troops clashed": each side against the other, both military', () => {
    const evs = code('Indian and Chinese troops clashed in the Galwan valley on Monday night.', '2020-06-16');
    expect(dyads(evs).sort()).toEqual(['CHN>IND:ASSAULT', 'IND>CHN:ASSAULT']);
    expect(evs.map((e) => e.source.actor?.cameo).sort()).toEqual(['CHNMIL', 'INDMIL']);
  });

  it('"exchanged artillery fire" and "traded accusations" go both ways', () => {
    const fire = code(
      'Indian and Pakistani troops exchanged artillery fire on Friday along the Line of Control.',
      '2019-03-01',
    );
    expect(dyads(fire).sort()).toEqual(['IND>PAK:ASSAULT', 'PAK>IND:ASSAULT']);
    const blame = code('Armenia and Azerbaijan traded accusations on Tuesday.', '2023-09-12');
    expect(dyads(blame).sort()).toEqual(['ARM>AZE:ACCUSE', 'AZE>ARM:ACCUSE']);
  });

  it('one side attacking is still one way', () => {
    const evs = code('Chinese troops clashed with Indian soldiers in the Galwan valley on Monday night.', '2020-06-16');
    expect(dyads(evs)).toEqual(['CHN>IND:ASSAULT']);
  });

  it('"the two countries have fought three wars" is history, not an attack', () => {
    const evs = code(
      'Pakistan accused India of funding militants in Balochistan. The two countries have fought three wars over Kashmir.',
      '2025-05-16',
    );
    expect(only(evs, 'ASSAULT')).toEqual([]);
  });

  it('a joint exercise of "the Indian and French navies" off one of them is cooperation', () => {
    const evs = code(
      'The Indian and French navies began their annual Varuna exercise off the coast of Goa on Wednesday.',
      '2024-09-04',
    );
    expect(dyads(evs)).toEqual(['IND>FRA:COOPERATE']);
  });
});

describe('failure and parties that are not', () => {
  it('"failed to reach agreement" is a negated agreement among the compound', () => {
    const evs = code(
      'Egypt and Ethiopia failed to reach an agreement on Tuesday on the filling of the dam.',
      '2021-04-06',
    );
    expect(dyads(evs)).toEqual(['EGY>ETH:AGREE']);
    expect(evs[0].negated).toBe(true);
    expect(evs[0].rule).toContain('failed to');
  });

  it('"we did not agree on the fate of Assad": a topic is no party', () => {
    const evs = code(
      '"We did not agree on the fate of Assad," U.S. Secretary of State John Kerry said after talks in Vienna.',
      '2015-10-30',
    );
    expect(evs.filter((e) => e.target?.actor?.country === 'SYR')).toEqual([]);
  });

  it('the person named in an inverted attribution ("said Donald Tusk, the president of …") is no party', () => {
    const evs = code(
      '"Today we have finally agreed," said Donald Tusk, the president of the European Council, after the summit in Brussels.',
      '2016-03-18',
    );
    expect(evs.filter((e) => e.target?.actor?.cameo?.startsWith('IGOEUR'))).toEqual([]);
  });
});

describe('protests implied by the force used on them', () => {
  it('"police fired tear gas at protesters" also codes the protest, against the police', () => {
    const evs = code('Police in Nairobi fired tear gas at protesters on Tuesday.', '2024-06-25');
    expect(dyads(evs).sort()).toEqual(['KEN>KEN:ASSAULT', 'KEN>KEN:PROTEST']);
    expect(only(evs, 'PROTEST')[0].rule).toContain('protesting crowd');
  });

  it('"detained 1,300 people at anti-war protests": the people protested', () => {
    const evs = code(
      'Russian police detained more than 1,300 people at anti-war protests across the country on Wednesday.',
      '2022-09-22',
    );
    expect(dyads(only(evs, 'PROTEST'))).toEqual(['RUS>RUS:PROTEST']);
  });

  it('force used on people not protesting, a protest already coded, or clashes named as a cause imply none', () => {
    expect(only(code('Police arrested three journalists in Minsk on Monday.', '2024-06-25'), 'PROTEST')).toEqual([]);
    const clash = code('Protesters clashed with police in Lima on Friday.', '2024-06-25');
    expect(only(clash, 'PROTEST')).toHaveLength(1);
    const cause = code(
      'Authorities in Dhaka imposed a curfew on Friday after days of deadly clashes between police and student protesters.',
      '2024-07-19',
    );
    expect(only(cause, 'PROTEST')).toEqual([]);
  });
});

describe('reactions to a list, orders to one own state, ethnic groups of a country', () => {
  it('", a move Israel condemned": each country of the act condemned, with no "that"', () => {
    const evs = code(
      'Portugal and Malta formally recognised a Palestinian state on Tuesday, a move Israel condemned as a reward for terrorism.',
      '2025-09-23',
    );
    expect(dyads(only(evs, 'ACCUSE')).sort()).toEqual(['ISR>MLT:ACCUSE', 'ISR>PRT:ACCUSE']);
  });

  it('"called the decision a reward for Hamas" reacts to the act coded before it in the sentence', () => {
    const evs = code(
      "Belgium's parliament approved the recognition of a Palestinian state on Tuesday, and Israel's foreign minister called the decision a reward for Hamas.",
      '2025-09-23',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['ISR>BEL:ACCUSE']);
  });

  it('"ordered the United States to withdraw from the WHO" is the withdrawal of the one who orders', () => {
    const evs = code(
      'Trump ordered the United States to withdraw from the World Health Organization on Monday.',
      '2025-01-20',
    );
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'USAGOV>IGOUNOHLHWHO:160',
    ]);
  });

  it('an order to another state is a request of it, not its act', () => {
    const evs = code('Trump ordered Mexico to stop the caravans at its southern border.', '2019-01-20');
    expect(evs.filter((e) => e.source.actor?.country === 'MEX')).toEqual([]);
  });

  it('"Bosnian Serb leader", "Syrian Kurdish fighters" are of the country named first', () => {
    const ms = mentionsOf('Bosnian Serb leader Milorad Dodik met Syrian Kurdish fighters and Iraqi Kurdish officials.');
    expect(ms.map((m) => m.actor.cameo)).toEqual(['BIHGOV', 'SYRUAF', 'IRQGOV']);
  });

  it('"Putin met Erdogan and urged him": the object pronoun is the one met, not the subject', () => {
    const evs = code('Putin met Erdogan on Monday and urged him to halt the offensive.', '2019-10-14');
    expect(dyads(only(evs, 'REQUEST'))).toEqual(['RUS>TUR:REQUEST']);
  });
});

describe('consequences, described countries, sanctions lifted', () => {
  it('"prompting Israel to declare him persona non grata": the act another party was led to do is its own', () => {
    const evs = code(
      "Brazil's President Lula likened Israel's war in Gaza to the Holocaust, prompting Israel to declare him persona non grata on Monday.",
      '2024-02-19',
    );
    expect(dyads(evs).sort()).toEqual(['BRA>ISR:ACCUSE', 'ISR>BRA:SANCTION']);
  });

  it('"urged Ukraine to withdraw" stays a request, not a withdrawal', () => {
    const evs = code('Russia urged Ukraine to withdraw its troops from the region.', '2024-02-19');
    expect(dyads(evs)).toEqual(['RUS>UKR:REQUEST']);
  });

  it('"the South American country", "the Gulf state" stand for the country named before; "the Jewish state" is Israel', () => {
    const evs = code(
      'Colombia turned back two U.S. military planes on Sunday, prompting Trump to order tariffs against the South American country.',
      '2025-01-27',
    );
    expect(dyads(evs).sort()).toEqual(['COL>USA:REJECT', 'USA>COL:SANCTION']);
    const ms = mentionsOf(
      'Qatar hosted talks on Monday. The Gulf state has mediated before. The Jewish state declined.',
    );
    expect(ms.map((m) => `${m.text}=${m.actor.cameo}`)).toEqual(['Qatar=QAT', 'Gulf state=QAT', 'Jewish state=ISR']);
    expect(mentionsOf('Sweden joined NATO. Protests spread across the Nordic country.').map((m) => m.text)).toEqual([
      'Sweden',
      'NATO',
    ]);
  });

  it('"the lifting of sanctions on Syria" eases them (085), and "U.S. sanctions" after "of" is no verb', () => {
    const evs = code('The EU announced the lifting of sanctions on Syria on Monday.', '2025-05-20');
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'IGOEUREEC>SYR:085',
    ]);
    const trump = code('Trump said he would order the lifting of all U.S. sanctions on Syria.', '2025-05-13');
    expect(only(trump, 'SANCTION')).toEqual([]);
  });

  it('"triggered the return of U.N. sanctions on Iran" imposes them', () => {
    const evs = code(
      'Britain, France and Germany triggered the return of U.N. sanctions on Iran on Thursday.',
      '2025-08-28',
    );
    expect(dyads(evs).sort()).toEqual(['DEU>IRN:SANCTION', 'FRA>IRN:SANCTION', 'GBR>IRN:SANCTION']);
  });

  it('"Erdogan said Putin had called him": the object pronoun is the speaker', () => {
    const evs = code('Erdogan said Putin had called him on Monday.', '2019-10-14');
    expect(dyads(evs).sort()).toEqual(['RUS>TUR:CONSULT', 'TUR>RUS:CONSULT']);
  });
});

describe('reactions to a strike and the talk around a summit', () => {
  const strike = 'US warplanes struck Syrian army positions on Saturday. ';

  it('welcoming, supporting, or judging the strikes necessary supports whoever carried them out', () => {
    const evs = code(
      strike +
        'Turkey welcomed the strikes. NATO expressed support for the action. Merkel said the strikes were necessary and appropriate.',
      '2018-04-14',
    );
    expect(dyads(only(evs, 'SUPPORT')).sort()).toEqual(['DEU>USA:SUPPORT', 'IGOWSTNAT>USA:SUPPORT', 'TUR>USA:SUPPORT']);
  });

  it('"said the attack was a flagrant violation of international law" disapproves of its doer', () => {
    const evs = code(strike + 'Syria said the attack was a flagrant violation of international law.', '2018-04-14');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['SYR>USA:ACCUSE']);
    expect(only(evs, 'ACCUSE')[0].rule).toContain('verdict on an act');
  });

  it('a verdict that is not damning, or is negated, is none', () => {
    const evs = code(strike + 'Syria said the attack was not a violation of anything.', '2018-04-14');
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });

  it('"called Trump, May and Macron criminals" names each a criminal', () => {
    const evs = code(
      "Iran's Supreme Leader Ayatollah Ali Khamenei called Trump, May and Macron criminals.",
      '2018-04-14',
    );
    expect(dyads(evs).sort()).toEqual(['IRN>FRA:ACCUSE', 'IRN>USA:ACCUSE']);
  });

  it('"Russia\'s ambassador to the United States, Anatoly Antonov, warned …" is Russia speaking', () => {
    const evs = code(
      strike +
        "Russia's ambassador to the United States, Anatoly Antonov, warned that the attack would not go without consequences.",
      '2018-04-14',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['RUS>USA:THREATEN']);
  });

  it('"pressed Putin on meddling" demands; "will take effect", "hoped relations would improve" are no acts', () => {
    const evs = code(
      'Trump pressed Putin on election meddling on Friday. The truce will take effect at noon Damascus time. Putin said he hoped relations would improve.',
      '2017-07-07',
    );
    expect(dyads(evs)).toEqual(['USA>RUS:REQUEST']);
  });

  it('"the two sides" are the article\'s main pair, not the pair coded last', () => {
    const evs = code(
      'Trump and Putin met in Hamburg on Friday. Trump pressed Putin on election meddling. ' +
        'Russian military police will monitor the truce in coordination with Jordan. ' +
        'Tillerson said the two sides had also agreed to work together on other parts of Syria.',
      '2017-07-07',
    );
    expect(dyads(evs.filter((e) => e.trigger.text === 'work'))).toEqual(['USA>RUS:AGREE']);
  });
});

describe('summits, deals and what is not done', () => {
  it('"announced by Putin after more than four hours of talks with Erdogan" is their talks', () => {
    const evs = code(
      'The deal was announced by Russian President Vladimir Putin after more than four hours of talks with his Turkish counterpart Tayyip Erdogan in Sochi.',
      '2018-09-17',
    );
    expect(dyads(evs)).toEqual(['RUS>TUR:CONSULT']);
  });

  it('an averted offensive, a required withdrawal, and a warning about a place code nothing', () => {
    const evs = code(
      'Russia and Turkey agreed on Monday to set up a demilitarised zone from which radical rebels will be required to withdraw, averting a Syrian government offensive for now. ' +
        'The United Nations had warned that an assault on Idlib could cause a humanitarian catastrophe.',
      '2018-09-17',
    );
    expect(dyads(evs)).toEqual(['RUS>TUR:AGREE']);
  });

  it('"would reinforce its observation posts" mobilises', () => {
    const evs = code('Erdogan said Turkey would reinforce its observation posts in the province.', '2018-09-17');
    expect(evs.map((e) => `${e.source.actor?.cameo}:${e.plover.event}`)).toEqual(['TUR:MOBILIZE']);
  });

  it('"the government" of an article about a country named as the place is that country\'s, not the negotiators\'', () => {
    const evs = code(
      'Russia, Iran and Turkey signed a memorandum in Astana on Thursday to create four safe zones in Syria. ' +
        "The memorandum was signed by the heads of the three delegations, Russia's Alexander Lavrentiev, Iran's Hossein Jaberi Ansari and Turkey's Sedat Onal. " +
        'Under the plan, government and rebel forces will halt fighting in the zones.',
      '2017-05-04',
    );
    const halt = evs.filter((e) => e.trigger.text === 'halt');
    expect(halt.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}`)).toEqual(['SYRGOV>SYRREB']);
  });

  it('"rebel delegates" are rebels; "the imperialist government of the United States" is the U.S.', () => {
    expect(mentionsOf('On Monday, rebel delegates walked out.').map((m) => m.actor.cameo)).toEqual(['REB']);
    const ms = mentionsOf('Venezuela broke relations with the imperialist government of the United States.');
    expect(ms.find((m) => m.text.includes('government'))?.actor.cameo).toBe('USAGOV');
  });

  it('"gave the United States one hour\'s notice" informs, it grants nothing', () => {
    const evs = code("A Russian official gave the United States one hour's notice of the strikes.", '2015-09-30');
    expect(evs).toEqual([]);
  });
});

describe('what "the strikes" and "it" refer to', () => {
  it('"condemned the strikes" after "ordered the strikes": the act the pattern named, not a later attack', () => {
    const evs = code(
      'President Donald Trump ordered the strikes against the Shayrat air base, from which U.S. officials said Syrian warplanes had launched the attack on Khan Sheikhoun. ' +
        'Russia condemned the strikes as an act of aggression. Kremlin spokesman Dmitry Peskov said Putin considered the strikes a violation of international law.',
      '2017-04-07',
    );
    const accuse = evs.filter((e) => /condemned|considered/.test(e.trigger.text));
    expect(dyads(accuse)).toEqual(['RUS>USA:ACCUSE', 'RUS>USA:ACCUSE']);
  });

  it('", calling it a blatant act of aggression" after a reported clause is the speaker\'s, about the act', () => {
    const evs = code(
      "The United States fired 59 cruise missiles at a Syrian air base on Friday. Syria's army said the strike killed six people and caused extensive damage, calling it a blatant act of aggression.",
      '2017-04-07',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['SYR>USA:ACCUSE']);
  });

  it('"called the incident a stab in the back" answers the incident', () => {
    const evs = code(
      'Turkey shot down a Russian warplane near the Syrian border on Tuesday. Putin called the incident a stab in the back.',
      '2015-11-24',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['RUS>TUR:ACCUSE']);
  });
});

describe('marathon talks', () => {
  it('"Kerry and Lavrov unveiled the plan after more than 13 hours of talks": talks between them', () => {
    const evs = code(
      'U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov unveiled the plan after more than 13 hours of talks in a Geneva hotel.',
      '2016-09-10',
    );
    expect(dyads(only(evs, 'CONSULT'))).toEqual(['USA>RUS:CONSULT']);
  });

  it('a single speaker "after talks" with no one named holds no talks', () => {
    const evs = code('Kerry unveiled the plan after more than 13 hours of talks in a Geneva hotel.', '2016-09-10');
    expect(only(evs, 'CONSULT')).toEqual([]);
  });

  it('no complement party past the end of the clause ("…, and he called on …")', () => {
    const evs = code(
      'Kerry said the Syrian government had agreed to the arrangement, and he called on all sides to respect the ceasefire.',
      '2016-09-10',
    );
    expect(evs.filter((e) => e.source.actor?.country === 'SYR' && e.target?.actor?.country === 'USA')).toEqual([]);
  });
});

describe('pauses and praise', () => {
  it('"agreed to pause its offensive in northeast Syria" intends a ceasefire; the offensive is not reported anew', () => {
    const evs = code(
      'Turkey agreed on Thursday to pause its offensive in northeast Syria for five days.',
      '2019-10-17',
    );
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'TUR>SYR:0356',
    ]);
  });

  it('"hailed the agreement as a great day" praises whoever agreed', () => {
    const evs = code(
      'Turkey agreed on Thursday to pause its offensive in northeast Syria for five days. Trump hailed the agreement as a great day for civilization.',
      '2019-10-17',
    );
    expect(dyads(only(evs, 'SUPPORT'))).toEqual(['USA>TUR:SUPPORT']);
  });
});

describe('the country a wire story from a foreign bureau is about', () => {
  it('a Syria story filed from Beirut places its rebels and civilians in Syria, not Lebanon', () => {
    const evs = code(
      'BEIRUT (Reuters) - Russia and Turkey brokered an agreement on Tuesday for rebel fighters to leave eastern Aleppo. ' +
        "Russia's U.N. ambassador told the Security Council that the army had regained control of the area. " +
        'Turkish President Tayyip Erdogan said he had spoken with Putin by telephone about the evacuation. ' +
        'The U.N. human rights office said it had received reports that militiamen had killed at least 82 civilians in their homes. ' +
        'French Foreign Minister Jean-Marc Ayrault called for observers to be sent to Aleppo.',
      '2016-12-13',
    );
    expect(evs.some((e) => e.source.actor?.country === 'LBN' || e.target?.actor?.country === 'LBN')).toBe(false);
    expect(evs.some((e) => e.target?.actor?.cameo === 'SYRCVL')).toBe(true);
  });
});

describe("joint operations and judgements of the sentence's own act", () => {
  it('"Colombian and Ecuadorean police … in a joint operation" cooperate', () => {
    const evs = code(
      'Colombian and Ecuadorean police dismantled a cocaine trafficking network in a joint operation on Wednesday, arresting 19 people.',
      '2024-06-04',
    );
    expect(dyads(only(evs, 'COOPERATE'))).toEqual(['COL>ECU:COOPERATE']);
  });

  it('"…, the U.S. military said, calling the manoeuvre unsafe" judges the act heading the sentence', () => {
    const evs = code(
      'A Chinese warship sailed across the path of a U.S. destroyer on Saturday, the U.S. military said, calling the manoeuvre unsafe.',
      '2023-06-04',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['USA>CHN:ACCUSE']);
  });
});

describe('expulsions for spying', () => {
  it('", saying they had engaged in activities incompatible with their status" accuses the expelled', () => {
    const evs = code(
      'Russia expelled 10 Estonian diplomats on Monday, saying they had engaged in activities incompatible with their status.',
      '2023-07-31',
    );
    expect(dyads(evs).sort()).toEqual(['RUS>EST:ACCUSE', 'RUS>EST:SANCTION']);
  });

  it('", saying they would meet again" accuses no one', () => {
    const evs = code(
      'Russia expelled 10 Estonian diplomats on Monday, saying they would leave by Friday.',
      '2023-07-31',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });
});

describe('forces moved and territory returned', () => {
  it('forces a state moves are its own, aimed where they go', () => {
    const evs = code(
      'China sent warships and fighter jets around Taiwan on Monday. Venezuela mobilised troops near the border with Guyana on Thursday. Britain dispatched a warship to Guyana on Sunday. Russia deployed additional air defence systems to Crimea on Tuesday.',
      '2024-06-04',
    );
    expect(dyads(evs)).toEqual(['CHN>TWN:MOBILIZE', 'VEN>GUY:MOBILIZE', 'GBR>GUY:MOBILIZE', 'RUS>UKR:MOBILIZE']);
  });

  it('"In Ivory Coast, …, France has dispatched 300 military personnel": sent where the sentence places them', () => {
    const evs = code(
      'In Ivory Coast, the U.N. force was enlarged earlier in the year, while France has dispatched 300 military personnel.',
      '2011-03-20',
    );
    expect(dyads(only(evs, 'MOBILIZE'))).toEqual(['FRA>CIV:MOBILIZE']);
  });

  it('"Armenia returned four villages to Azerbaijan" returns territory (0842)', () => {
    const evs = code('Armenia returned four villages to Azerbaijan on Wednesday.', '2024-05-24');
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'ARM>AZE:0842',
    ]);
  });
});

describe('aid to people and demands met', () => {
  it('"delivered food to 200,000 people in northern Gaza": the people are its recipients', () => {
    const evs = code('The World Food Programme delivered food to 200,000 people in northern Gaza.', '2024-06-04');
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.plover.event}`)).toEqual([
      'IGOUNODEV>PSECVL:AID',
    ]);
  });

  it('"agreed to the opposition\'s demand", "bowed to protesters\' demands" concede (083) to the demand\'s owner', () => {
    const evs = code(
      "Sri Lanka's government agreed to the opposition's demand for early elections. Israel agreed to Hamas's demand for a longer truce.",
      '2024-06-04',
    );
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'LKAGOV>LKAOPP:083',
      'ISR>PSEREBHMS:083',
    ]);
  });
});

describe('relations restored and prisoners exchanged', () => {
  it('"the United States and Cuba restored diplomatic relations" recognise each other (054)', () => {
    const evs = code('The United States and Cuba restored diplomatic relations on Monday.', '2015-07-20');
    expect(evs.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.cameo}:${e.cameo.code}`)).toEqual([
      'USA>CUB:054',
    ]);
  });

  it('"Ukraine and Russia exchanged 95 prisoners each": each releases the other\'s', () => {
    const evs = code('Ukraine and Russia exchanged 95 prisoners of war each on Friday.', '2024-06-04');
    expect(dyads(evs).sort()).toEqual(['RUS>UKR:RETREAT', 'UKR>RUS:RETREAT']);
  });
});

describe('coercion at home and verdicts on sanctions', () => {
  it('"Turkish authorities arrested Istanbul\'s mayor": a state arresting its own official', () => {
    const evs = code("Turkish authorities arrested Istanbul's mayor on Wednesday on corruption charges.", '2025-03-19');
    expect(dyads(evs)).toEqual(['TUR>TUR:COERCE']);
  });

  it('"used tear gas to disperse protesters" represses them and reports their protest', () => {
    const evs = code('Serbian police used tear gas to disperse protesters in Belgrade.', '2025-03-15');
    expect(dyads(evs).sort()).toEqual(['SRB>SRB:ASSAULT', 'SRB>SRB:PROTEST']);
  });

  it('"said the U.S. sanctions were illegal" condemns them and imposes none', () => {
    const evs = code("Russia's foreign ministry said the U.S. sanctions were illegal.", '2024-06-04');
    expect(dyads(evs)).toEqual(['RUS>USA:ACCUSE']);
  });
});

describe('delegations from two capitals', () => {
  it('"Delegations from Kyiv and Moscow met in Istanbul for the first direct talks": talks between them', () => {
    const evs = code(
      'Delegations from Kyiv and Moscow met in Istanbul for the first direct talks in three years.',
      '2025-05-16',
    );
    expect(evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country}:${e.cameo.code}`)).toEqual([
      'UKR>RUS:046',
    ]);
  });

  it('"will meet for talks" intends to meet (036)', () => {
    const evs = code('Putin and Trump will meet for talks in Alaska.', '2025-08-10');
    expect(evs.map((e) => e.cameo.code)).toEqual(['036']);
  });
});

describe('purchases suspended', () => {
  it('"suspended arms purchases from Israel" sanctions Israel', () => {
    const evs = code('Colombia suspended arms purchases from Israel over the war in Gaza.', '2024-05-02');
    expect(dyads(evs)).toEqual(['COL>ISR:SANCTION']);
  });
});

describe('withdrawals announced and captives handed back', () => {
  it('"announced that he would withdraw all U.S. troops from Syria" intends the withdrawal; it is not done', () => {
    const evs = code('Trump announced on Wednesday that he would withdraw all U.S. troops from Syria.', '2018-12-19');
    expect(evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country}:${e.cameo.code}`)).toEqual([
      'USA>SYR:0356',
    ]);
  });

  it('"handed back the captured Indian pilot" releases him', () => {
    const evs = code('Pakistan handed back the captured Indian pilot on Friday.', '2019-03-01');
    expect(dyads(evs)).toEqual(['PAK>IND:RETREAT']);
  });
});

describe('force that may come', () => {
  it('"said it would respond militarily to any Israeli attack" threatens; "any attack" is none', () => {
    const evs = code('Iran said it would respond militarily to any Israeli attack.', '2024-06-04');
    expect(evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country}:${e.cameo.code}`)).toEqual([
      'IRN>ISR:138',
    ]);
  });

  it('"could attack", "might strike again" report no violence', () => {
    const evs = code(
      'Russia could attack NATO within five years, the German defence minister warned. The militants might strike again, officials said.',
      '2024-06-04',
    );
    expect(only(evs, 'ASSAULT')).toEqual([]);
  });
});

describe('agreements made in a call', () => {
  it('"Trump and Erdogan agreed in a phone call to work together on Syria": their call, and an intent', () => {
    const evs = code('Trump and Erdogan agreed in a phone call to work together on Syria.', '2019-01-14');
    expect(evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country}:${e.cameo.code}`)).toEqual([
      'USA>TUR:041',
      'USA>TUR:031',
    ]);
  });

  it('"urged Aliyev in a call to cease hostilities" requests; the ceasefire is not done', () => {
    const evs = code('Blinken urged President Ilham Aliyev in a call to cease hostilities.', '2022-09-13');
    expect(only(evs, 'RETREAT')).toEqual([]);
  });
});
