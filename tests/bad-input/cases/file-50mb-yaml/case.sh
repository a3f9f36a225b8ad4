# A 50 MB scores file, generated here rather than committed.
{ printf 'fiscal_year: 2565\ntotal: 96.94\nlevel: AA\n'; yes '# padding padding padding padding padding padding padding padding' | head -c 52428800; } >content/scores/2565.yaml
