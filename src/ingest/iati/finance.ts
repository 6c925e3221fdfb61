import type { BudgetEntry, Money } from '../../modules/activity/activity.model';
import type { ActivityScope } from './activity-scope';
import { attr, childrenNamed, firstChild, ownText, type IatiElement } from './iati-element';
import { isXsdTrue, parseDecimal, parseIsoDate } from './iati-values';
import { modernCode, TRANSACTION_TYPE_BY_LETTER } from './legacy-codes';

/** Transaction types summed as commitments (2) and as disbursements (3 disbursement, 4 expenditure). */
const COMMITMENT_TYPES: ReadonlySet<string> = new Set(['2']);
const DISBURSEMENT_TYPES: ReadonlySet<string> = new Set(['3', '4']);

/**
 * A `value` element read as money: the currency is `@currency`, else the activity's
 * default-currency. Null, with a warning, when the amount is not a number or no currency applies.
 */
function moneyOf(parent: IatiElement, path: string, scope: ActivityScope): Money | null {
  const value = firstChild(parent, 'value');
  if (!value) {
    scope.warnings.add(`${path}/value`, parent.line, `${path} without a value; left out`);
    return null;
  }
  const amount = parseDecimal(ownText(value));
  if (amount === null) {
    scope.warnings.add(`${path}/value`, value.line, `${path} value "${value.text.trim()}" is not a number; left out`);
    return null;
  }
  const currency = attr(value, 'currency')?.toUpperCase() ?? scope.currency;
  if (currency === null) {
    scope.warnings.add(`${path}/value/@currency`, value.line, `${path} value has no currency and the activity no default-currency; left out`);
    return null;
  }
  return { currency, value: amount };
}

function dateOf(parent: IatiElement, child: string, path: string, scope: ActivityScope): string | null {
  const element = firstChild(parent, child);
  const raw = attr(element, 'iso-date') ?? ownText(element);
  const date = parseIsoDate(raw);
  if (raw !== null && date === null) {
    scope.warnings.add(`${path}/${child}/@iso-date`, element?.line ?? null, `unreadable date "${raw}"; left empty`);
  }
  return date;
}

/** Budgets in document order. */
export function budgetsOf(activity: IatiElement, scope: ActivityScope): BudgetEntry[] {
  return childrenNamed(activity, 'budget').flatMap((budget) => {
    const money = moneyOf(budget, 'budget', scope);
    if (money === null) return [];
    return [{
      ...money,
      type: attr(budget, 'type'),
      status: attr(budget, 'status'),
      periodStart: dateOf(budget, 'period-start', 'budget', scope),
      periodEnd: dateOf(budget, 'period-end', 'budget', scope),
    }];
  });
}

export interface TransactionTotals {
  commitments: Money[];
  disbursements: Money[];
  /** True when any transaction says `humanitarian="1"`. */
  humanitarian: boolean;
}

/** Commitments and disbursements+expenditures summed per currency, currencies in order of first use. */
export function transactionTotalsOf(activity: IatiElement, scope: ActivityScope): TransactionTotals {
  const commitments = new Map<string, number>();
  const disbursements = new Map<string, number>();
  let humanitarian = false;
  for (const transaction of childrenNamed(activity, 'transaction')) {
    humanitarian ||= isHumanitarian(transaction);
    const rawType = attr(firstChild(transaction, 'transaction-type'), 'code');
    if (rawType === null) {
      scope.warnings.add('transaction/transaction-type', transaction.line, 'transaction without a type; left out of the sums');
      continue;
    }
    const type = modernCode(TRANSACTION_TYPE_BY_LETTER, rawType);
    const totals = COMMITMENT_TYPES.has(type) ? commitments : DISBURSEMENT_TYPES.has(type) ? disbursements : null;
    if (totals === null) continue;
    const money = moneyOf(transaction, 'transaction', scope);
    if (money === null) continue;
    totals.set(money.currency, (totals.get(money.currency) ?? 0) + money.value);
  }
  return { commitments: moneyList(commitments), disbursements: moneyList(disbursements), humanitarian };
}

/** Sums rounded to 15 significant digits so that float noise (0.1 + 0.2) does not reach the record. */
function moneyList(totals: Map<string, number>): Money[] {
  return [...totals].map(([currency, value]) => ({ currency, value: Number(value.toPrecision(15)) }));
}

function isHumanitarian(transaction: IatiElement): boolean {
  return (
    isXsdTrue(attr(transaction, 'humanitarian')) ||
    childrenNamed(transaction, 'sector').some((sector) => isXsdTrue(attr(sector, 'humanitarian')))
  );
}
