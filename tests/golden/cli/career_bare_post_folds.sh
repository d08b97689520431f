# A career listed "president" (a bare post: a rank alone) beside "president" of the state, two
# posts where the person held one. A bare post beside the one other current post of its rank
# folds into it (dates over both, documents once); beside two (a university's president and
# the country's) it stays. The titles as written stay as they were.
cat >in.jsonl <<'JSONL'
{"id": "bp1", "date": "2021-03-05", "title": "Qiao Mingde chairs meeting", "text": "BEIJING, March 5, 2021 -- Chinese President Qiao Mingde presided over a meeting of the Central Committee on rural revitalization in Beijing on Friday. Qiao Mingde called for greater efforts in grain production."}
{"id": "bp2", "date": "2022-07-11", "title": "President Qiao inspects", "text": "BEIJING, July 11, 2022 -- President Qiao Mingde presided over a symposium on ecological protection in Beijing on Monday. Qiao Mingde stressed the need to protect rivers."}
{"id": "bp3", "date": "2023-09-20", "title": "Qiao Mingde addresses session", "text": "BEIJING, Sept 20, 2023 -- Chinese President Qiao Mingde presided over a study session in Beijing on Wednesday. President Qiao Mingde urged officials to study theory."}
{"id": "bp4", "date": "2020-01-15", "title": "Lan Shuhe at university", "text": "SHIJIAZHUANG, Jan 15, 2020 -- Lan Shuhe, President of Hebei University, presided over a meeting on teaching reform in Shijiazhuang on Wednesday."}
{"id": "bp5", "date": "2024-04-02", "title": "Lan Shuhe presides", "text": "BEIJING, April 2, 2024 -- Chinese President Lan Shuhe presided over a meeting on science in Beijing on Tuesday. President Lan Shuhe called for innovation."}
{"id": "bp6", "date": "2024-05-03", "title": "Lan Shuhe again", "text": "BEIJING, May 3, 2024 -- President Lan Shuhe presided over a meeting on trade in Beijing on Friday."}
JSONL
"$READOUT" ingest -q --db r.db in.jsonl 2>/dev/null
echo "ingest exit: $?"
for name in "Qiao Mingde" "Lan Shuhe"; do
	"$READOUT" person --db r.db "$name" --part career -f csv
	"$READOUT" person --db r.db "$name" --part career-documents -f csv
	"$READOUT" person --db r.db "$name" --part titles -f csv
done
