/**
 * Summaries that say no more than their clause, hand-checked against the rules text: each test
 * name quotes the clause; the assertions pin what the summary must say and what it must not add.
 */
import { describe, expect, it } from 'vitest';
import { getClause, getForm, listForms, type FormNumber } from '../../../src/rules/catalogue/index.js';

describe('10.1(4) "there must be an Improvement Plan indicating that controls related to the findings will be improved within two months from the date of the Assessment Report"', () => {
  it('says the controls are improved within two months of the report, under a plan indicating so', () => {
    const { summary } = getClause('10.1(4)');
    expect(summary).toMatch(/must be minor/);
    expect(summary).toMatch(/Improvement Plan indicating that the controls related to the findings will be improved within two months of the date of the Assessment Report/);
    expect(summary).not.toMatch(/complete/i);
  });
});

describe('Appended Table 1 "Application Submission Method: Method specified by the ISMAP Operations Support Organization"', () => {
  const METHOD = 'Method specified by the ISMAP Operations Support Organization';

  it('3.1 "submits it … by the submission method shown in Appended Table 1, together with … (1) Form 1-2": Forms 1-1 and 1-2', () => {
    expect(getForm('1-1').submissionMethod).toBe(METHOD);
    expect(getForm('1-2').submissionMethod).toBe(METHOD);
  });

  it('8.1 "use Form 2-4 … and submit it … by the submission method shown in Appended Table 1, together with the following documents": Form 2-4 and the Forms 2-1, 2-2, 2-3 attached', () => {
    for (const number of ['2-4', '2-1', '2-2', '2-3'] as const) expect(getForm(number).submissionMethod, number).toBe(METHOD);
  });

  it('no clause names a method for the other forms (e.g. 10.8(4) "submit Form 2-21", 11.1 "use Form 2-6 … to notify"), so they have none', () => {
    const without: FormNumber[] = listForms().filter((form) => form.submissionMethod === undefined).map((form) => form.number);
    expect(without).toEqual([
      '1-3', '1-4', '1-5', '1-6',
      '2-5', '2-6', '2-7', '2-8', '2-9', '2-10', '2-11', '2-12', '2-13', '2-14', '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21',
    ]);
    expect(Object.prototype.hasOwnProperty.call(getForm('2-21'), 'submissionMethod')).toBe(false);
  });

  it('the AppendedTable1 entry does not say the method applies to every listed form', () => {
    const entry = getClause('AppendedTable1');
    expect(entry.summary).toMatch(/the method the OSO specifies/);
    expect(entry.summary).not.toMatch(/for them/);
    expect(entry.notes?.join(' ')).toMatch(/does not say the method applies to every listed form/);
  });
});

describe('Supplementary Provisions of 2023: "These Regulations will come into effect from …"', () => {
  it.each(['Supp.2023-07-03', 'Supp.2023-09-22', 'Supp.2023-11-10'] as const)('%s says only what its item 1 says, not what the amendment changed', (id) => {
    const { summary } = getClause(id);
    expect(summary).not.toMatch(/amendment|introduc|adding|revising/i);
    expect(summary).toMatch(/^The Supplementary Provisions enacted on /);
  });

  it('Supp.2023-07-03.1 "… will apply to registration and renewal applications made on or after October 2, 2023"', () => {
    const { summary } = getClause('Supp.2023-07-03.1');
    expect(summary).toMatch(/^The rules come into effect from 3 July 2023/);
    expect(summary).toMatch(/10\.2–10\.4, 10\.6–10\.11, 11\.4 and 18\.2\(3\) come into effect from 2 October 2023/);
    expect(summary).toMatch(/all of them except 10\.2 apply to registration and renewal applications made on or after 2 October 2023/);
    expect(summary).not.toMatch(/only/);
  });

  it('Supp.2023-09-22.1 "the provisions of 12.3 will apply to procedures where the start date of the assessment is on or after October 1, 2023"', () => {
    const { summary } = getClause('Supp.2023-09-22.1');
    expect(summary).toMatch(/22 September 2023/);
    expect(summary).toMatch(/12\.3 applies to procedures whose assessment start date is on or after 1 October 2023/);
    expect(summary).not.toMatch(/only/);
  });

  it('Supp.2023-11-10.1 "… will apply to information security incidents that are recognized to have occurred after the enforcement of these provisions"', () => {
    const { summary } = getClause('Supp.2023-11-10.1');
    expect(summary).toMatch(/13\.1–13\.7 and 18\.2\(6\) come into effect from 4 January 2024/);
    expect(summary).toMatch(/information security incidents recognized to have occurred after they come into effect/);
  });
});

describe('Supp.2022.1 "the provision of Impact Evaluation Results to the Applicant … and the publication of the number of government agencies, etc., using the service will be limited to national administrative agencies"', () => {
  it('limits both the Impact Evaluation Results and the published number of agencies using the service, for the time being', () => {
    const { summary } = getClause('Supp.2022.1');
    expect(summary).toMatch(/^For the time being/);
    expect(summary).toMatch(/Impact Evaluation Results to the Applicant in a Prior Application/);
    expect(summary).toMatch(/publication of the number of government agencies using the service/);
    expect(summary).toMatch(/national administrative agencies specified in the Basic Act on Cybersecurity/);
    expect(summary).not.toMatch(/counted as government users/);
  });

  it('11.5(13) "Number of government institutions currently using the service" notes the limit on publishing that number', () => {
    expect(getClause('11.5(13)').notes?.join(' ')).toMatch(/Supp\.2022\.1 limits, for the time being, the publication of the number/);
  });
});

describe('11.5(12) "Special notes related to registration of cloud service"', () => {
  it('the summary names the item, without examples the text does not give', () => {
    const entry = getClause('11.5(12)');
    expect(entry.summary).toBe('Special notes related to the registration of the service.');
    expect(entry.summary).not.toMatch(/13\.12|14\.5|16\.8|suspension|re-audit/);
    expect(entry.notes?.join(' ')).toMatch(/without naming the item/);
  });
});

describe('9.1(4) "The Assessment Report must be valid."', () => {
  it('the summary adds nothing; what "valid" is read to include is a note', () => {
    const entry = getClause('9.1(4)');
    expect(entry.summary).toBe('The Assessment Report is valid.');
    expect(entry.notes?.join(' ')).toMatch(/7\.3/);
    expect(entry.notes?.join(' ')).toMatch(/7\.14/);
  });
});
