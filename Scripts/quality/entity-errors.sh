#!/usr/bin/env bash
# Lists, per text, the entity errors of the extractor on the tuning corpora (dev, dev2, own):
# missed gold entities (FN), spurious nodes (FP) and nodes of the wrong kind.
# Usage: bash Scripts/quality/entity-errors.sh [dev|dev2|own ...]   (default: dev2 own)
# Needs a built test bundle (swift build --build-tests). Never runs the held-out texts:
# they are for scoring only.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=("$@")
[ ${#corpora[@]} -eq 0 ] && corpora=(dev2 own)
declare -A test=([dev]=devCorpus [dev2]=dev2Corpus [own]=ownCorpus)
for c in "${corpora[@]}"; do
  name=${test[$c]:?unknown corpus $c (dev, dev2 or own)}
  NEWSGRAPH_SCORE_DETAIL=1 swift test --skip-build \
    --filter "NewsGraphExtractionTests.QualityTests/$name" 2>/dev/null |
    awk -v only="${ENTITY_ERRORS_ONLY:-1}" '
      /^== / { file = $0; next }
      /^  entities / { ent = $0; next }
      /^  missed entities: / { miss = substr($0, 20); next }
      /^  spurious entities: / { spur = substr($0, 22); next }
      /^  mistyped entities: / {
        mis = substr($0, 22)
        if (only == 0 || miss != "[]" || spur != "[]" || mis != "[]") {
          print file; print ent
          if (miss != "[]") print "  FN   " miss
          if (spur != "[]") print "  FP   " spur
          if (mis != "[]") print "  KIND " mis
        }
        next
      }
      /^\[/ { print }'
done
