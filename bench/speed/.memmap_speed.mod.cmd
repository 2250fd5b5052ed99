savedcmd_/work/main/bench/speed/memmap_speed.mod := printf '%s\n'   memmap_speed.o | awk '!x[$$0]++ { print("/work/main/bench/speed/"$$0) }' > /work/main/bench/speed/memmap_speed.mod
