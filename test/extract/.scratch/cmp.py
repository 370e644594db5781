import json,sys
a={p['file']:p for p in json.load(open(sys.argv[1]))}
b={p['file']:p for p in json.load(open(sys.argv[2]))}
for f in a:
  if a[f]['tp']!=b[f]['tp'] or a[f]['fp']!=b[f]['fp']:
    d=(b[f]['tp']-a[f]['tp'], b[f]['fp']-a[f]['fp'])
    if d[0]<0 or d[1]>0:
      print('WORSE',f,d, [s[:60] for s in b[f]['missed'] if s not in a[f]['missed']], [s[:60] for s in b[f]['leaked'] if s not in a[f]['leaked']])
