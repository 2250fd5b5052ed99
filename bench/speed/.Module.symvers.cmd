savedcmd_/work/main/bench/speed/Module.symvers :=  scripts/mod/modpost -M   -E     -o /work/main/bench/speed/Module.symvers -T /work/main/bench/speed/modules.order -i Module.symvers -e 
