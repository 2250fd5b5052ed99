savedcmd_/work/main/bench/speed/modules.order := {   echo /work/main/bench/speed/memmap_speed.o; :; } > /work/main/bench/speed/modules.order
