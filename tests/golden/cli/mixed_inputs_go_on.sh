# Bad inputs among good ones: each bad one gets its line, the good ones are all extracted in
# order, and the exit status says that some failed.
printf 'Gu Wenbo presided over the meeting.\n' >a.txt
printf 'Fang Zhiyuan attended the meeting.\n' >b.txt
: >empty.txt
"$READOUT" extract a.txt missing.txt empty.txt b.txt
