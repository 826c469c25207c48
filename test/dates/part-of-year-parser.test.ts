import { describe, it } from 'node:test';
import { expectDate, expectNone } from './support.js';

describe('PartOfYearParser', () => {
  it('reads thirds of a written year: Jan–Apr, May–Aug, Sep–Dec', () => {
    expectDate('in early 2020', 'early 2020', '2020-01-01', '2020-04-30', 'span');
    expectDate('by mid-2020', 'mid-2020', '2020-05-01', '2020-08-31', 'span');
    expectDate('in late 2019', 'late 2019', '2019-09-01', '2019-12-31', 'span');
    expectDate('by the end of 2022', 'end of 2022', '2022-09-01', '2022-12-31', 'span');
    expectDate('since the beginning of 2022', 'beginning of 2022', '2022-01-01', '2022-04-30', 'span');
    expectDate("the UPU's late-2023 congress", 'late-2023', '2023-09-01', '2023-12-31', 'span');
  });
  it('needs a year-like number', () => {
    expectNone('early 1000 troops');
    expectNone('late 2020,000 votes');
  });
});
