# A folder's texts are read in name order; --format json indents each record.
mkdir in
printf 'Fang Zhiyuan attended the meeting.\n' >in/b.txt
printf 'Gu Wenbo presided over the meeting.\n' >in/a.txt
printf 'ignored\n' >in/c.md
"$READOUT" extract --format json in
