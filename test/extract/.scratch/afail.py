import json,re,unicodedata,sys
d=json.load(open(sys.argv[1]))
def names(s):
  if isinstance(s,list): l=s
  else: l=re.split(r'\s*(?:;|,|&|\band\b|\bund\b)\s*',s,flags=re.I)
  out=[]
  for n in l:
    n=unicodedata.normalize('NFKD',n); n=''.join(c for c in n if not unicodedata.combining(c)).lower()
    n=re.sub(r'[^\w ]+',' ',n); n=re.sub(r'\s+',' ',n).strip()
    if n: out.append(n)
  return sorted(out)
c=0; e=0
for p in d:
  g=p['author']['gold']; o=p['author']['ours']
  if g and names(g)!=names(o):
    c+=1
    if not o: e+=1
    print(repr(g[:50]),'|',o[:4], p['file'][:40])
print(c, 'empty ours', e)
