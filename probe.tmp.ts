import { parseQuantity } from './src/normalize/index.js';
import { compareValues } from './src/values/index.js';
import { quantityDiscrepancy } from './src/values/kinds/quantity.js';
const pairs: [string,string][] = [
 ['under 3 km','3 km'],['more than 5 miles','5 miles'],['fewer than 10 people','10 people'],['at least 4','4'],['up to 200','200'],
 ['no more than 200 tons','200 tons'],['over 40%','40%'],['more than 50 countries','50 countries'],['less than 3 km','2.9 km'],['more than $2 billion','$2 billion'],['under 20 km','20 km'],
 ['1,200 homes','1,180 homes'],['1,200 homes','1,100 homes'],['200 tons','180 tons'],['200 tons','150 tons'],['40,000 people','39,000 people'],['40,000 people','41,234 people'],['1,200 homes','1,250 homes'],
 ['1 and a half miles','1.5 miles'],['2 and a quarter hours','2.25 hours'],['1½ miles','1.5 miles'],['2¾ inches','2.75 inches'],['1 1/2 miles','1.5 miles'],['1 and 2 miles','1 mile'],
 ['5e-324','1'],['1e308','1e308'],
];
for (const [a,b] of pairs) {
  const qa = parseQuantity(a), qb = parseQuantity(b);
  if (!qa.ok || !qb.ok) { console.log(a,'|',b,'PARSE', JSON.stringify(qa.ok?qa.value:qa.messages[0]?.message), JSON.stringify(qb.ok?qb.value:qb.messages[0]?.message)); continue; }
  const c = compareValues(qa.value, qb.value);
  const d = quantityDiscrepancy(qa.value as any, qb.value as any);
  console.log(`${a} | ${b} → ${c.verdict} ${d?.label ?? ''} :: ${c.reason}`);
}
for (const t of ['5e-324','0.000000000000000000000000000000000000000000000000000000000000005','1e308','-0','0.30000000000000004','1½ miles','2¾ inches','1 1/2 miles','1 and a half miles', '2 and a quarter hours']) {
  const r = parseQuantity(t); console.log(t, JSON.stringify(r.ok ? r.value : r.messages.map(m=>m.message)));
}
