import json,sys
d=json.load(open(sys.argv[1]))
bad=sorted(d,key=lambda p:-(p['fn']+p['fp']))
n=int(sys.argv[2]) if len(sys.argv)>2 else 40
print('FN',sum(p['fn'] for p in d),'FP',sum(p['fp'] for p in d))
for p in bad[:n]:
  if p['fn']+p['fp']==0: break
  print(p['file'], 'tp',p['tp'],'fn',p['fn'],'fp',p['fp'], len(p.get('text') or ''))
  for s in p['missed'][:2]: print('   -', s[:90])
  for s in p['leaked'][:3]: print('   +', s[:90])
