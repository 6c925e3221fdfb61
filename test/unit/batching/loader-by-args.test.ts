import { argumentsKey, loaderByArgs } from '../../../src/batching/loader-by-args';

describe('argumentsKey', () => {
  it('ignores member order and null or undefined members', () => {
    expect(argumentsKey({ b: 1, a: { y: null, x: [2] }, c: undefined })).toBe(argumentsKey({ a: { x: [2] }, b: 1 }));
  });
});

describe('loaderByArgs', () => {
  it('calls the batch function once per distinct argument set, with all parents that asked it', async () => {
    const calls: [string[], { first: number }][] = [];
    const loader = loaderByArgs<{ first: number }, string>(async (parents, args) => {
      calls.push([[...parents].sort(), args]);
      return new Map(parents.map((p) => [p, `${p}:${args.first}`]));
    }, () => 'missing');
    const answers = await Promise.all([
      loader.load({ parent: 'KE', args: { first: 2 } }),
      loader.load({ parent: 'UG', args: { first: 2 } }),
      loader.load({ parent: 'KE', args: { first: 5 } }),
    ]);
    expect({ answers, calls: calls.sort((a, b) => a[1].first - b[1].first) }).toEqual({
      answers: ['KE:2', 'UG:2', 'KE:5'],
      calls: [
        [['KE', 'UG'], { first: 2 }],
        [['KE'], { first: 5 }],
      ],
    });
  });

  it('answers a parent left out by the batch function with the missing value', async () => {
    const loader = loaderByArgs<object, string>(async () => new Map(), (parent) => `none for ${parent}`);
    expect(await loader.load({ parent: 'KE', args: {} })).toBe('none for KE');
  });
});

describe('loaderByArgs failures', () => {
  it('fails only the keys of the argument set whose batch failed', async () => {
    const loader = loaderByArgs<{ first: number }, string>(async (parents, args) => {
      if (args.first > 10) throw new Error('first: must be at most 10');
      return new Map(parents.map((p) => [p, 'ok']));
    }, () => 'missing');
    const answers = await Promise.allSettled([loader.load({ parent: 'KE', args: { first: 2 } }), loader.load({ parent: 'UG', args: { first: 20 } })]);
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected']);
  });
});
