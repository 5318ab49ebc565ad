agent A
  name minister of defence; army
  code ~MIL
discard D
  word a
  story b
@version v
