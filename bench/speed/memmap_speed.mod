/work/main/bench/speed/memmap_speed.o
