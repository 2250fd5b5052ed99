savedcmd_/work/main/bench/speed/memmap_speed.o := ccache gcc -Wp,-MMD,/work/main/bench/speed/.memmap_speed.o.d -nostdinc -I/work/main/build/speed/src-series/arch/x86/include -I./arch/x86/include/generated -I/work/main/build/speed/src-series/include -I./include -I/work/main/build/speed/src-series/arch/x86/include/uapi -I./arch/x86/include/generated/uapi -I/work/main/build/speed/src-series/include/uapi -I./include/generated/uapi -include /work/main/build/speed/src-series/include/linux/compiler-version.h -include /work/main/build/speed/src-series/include/linux/kconfig.h -include /work/main/build/speed/src-series/include/linux/compiler_types.h -D__KERNEL__ -fmacro-prefix-map=/work/main/build/speed/src-series/= -std=gnu11 -fshort-wchar -funsigned-char -fno-common -fno-PIE -fno-strict-aliasing -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -fcf-protection=branch -fno-jump-tables -m64 -falign-jumps=1 -falign-loops=1 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -Wno-sign-compare -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -Os -fno-allow-store-data-races -fno-stack-protector -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -falign-functions=16 -fno-strict-overflow -fno-stack-check -fconserve-stack -fno-builtin-wcslen -fno-builtin-wcslen -Wall -Wextra -Wundef -Werror=implicit-function-declaration -Werror=implicit-int -Werror=return-type -Werror=strict-prototypes -Wno-format-security -Wno-trigraphs -Wno-frame-address -Wno-address-of-packed-member -Wmissing-declarations -Wmissing-prototypes -Wframe-larger-than=1024 -Wno-main -Wno-dangling-pointer -Wvla -Wno-pointer-sign -Wcast-function-type -Wno-array-bounds -Wno-stringop-overflow -Wno-alloc-size-larger-than -Wimplicit-fallthrough=5 -Werror=date-time -Werror=incompatible-pointer-types -Werror=designated-init -Wenum-conversion -Wunused -Wno-unused-but-set-variable -Wno-unused-const-variable -Wno-packed-not-aligned -Wno-format-overflow -Wno-format-truncation -Wno-stringop-truncation -Wno-override-init -Wno-missing-field-initializers -Wno-type-limits -Wno-shift-negative-value -Wno-maybe-uninitialized -Wno-sign-compare -Wno-unused-parameter  -DMODULE  -DKBUILD_BASENAME='"memmap_speed"' -DKBUILD_MODNAME='"memmap_speed"' -D__KBUILD_MODNAME=kmod_memmap_speed -c -o /work/main/bench/speed/memmap_speed.o /work/main/bench/speed/memmap_speed.c   ; ./tools/objtool/objtool --hacks=jump_label --hacks=noinstr --ibt --static-call --uaccess  --link  --module /work/main/bench/speed/memmap_speed.o

source_/work/main/bench/speed/memmap_speed.o := ../../../bench/speed/memmap_speed.c

deps_/work/main/bench/speed/memmap_speed.o := \
  ../src-series/include/linux/compiler-version.h \
    $(wildcard include/config/CC_VERSION_TEXT) \
  ../src-series/include/linux/kconfig.h \
    $(wildcard include/config/CPU_BIG_ENDIAN) \
    $(wildcard include/config/BOOGER) \
    $(wildcard include/config/FOO) \
  ../src-series/include/linux/compiler_types.h \
    $(wildcard include/config/DEBUG_INFO_BTF) \
    $(wildcard include/config/PAHOLE_HAS_BTF_TAG) \
    $(wildcard include/config/FUNCTION_ALIGNMENT) \
    $(wildcard include/config/CC_HAS_SANE_FUNCTION_ALIGNMENT) \
    $(wildcard include/config/X86_64) \
    $(wildcard include/config/ARM64) \
    $(wildcard include/config/LD_DEAD_CODE_DATA_ELIMINATION) \
    $(wildcard include/config/LTO_CLANG) \
    $(wildcard include/config/HAVE_ARCH_COMPILER_H) \
    $(wildcard include/config/KCSAN) \
    $(wildcard include/config/CC_HAS_COUNTED_BY) \
    $(wildcard include/config/UBSAN_SIGNED_WRAP) \
    $(wildcard include/config/CC_HAS_ASM_INLINE) \
  ../src-series/include/linux/compiler-context-analysis.h \
  ../src-series/include/linux/compiler_attributes.h \
  ../src-series/include/linux/compiler-gcc.h \
    $(wildcard include/config/MITIGATION_RETPOLINE) \
    $(wildcard include/config/ARCH_USE_BUILTIN_BSWAP) \
    $(wildcard include/config/SHADOW_CALL_STACK) \
    $(wildcard include/config/KCOV) \
  ../src-series/include/linux/kprobes.h \
    $(wildcard include/config/KPROBES) \
    $(wildcard include/config/KRETPROBE_ON_RETHOOK) \
    $(wildcard include/config/KRETPROBES) \
    $(wildcard include/config/OPTPROBES) \
    $(wildcard include/config/KPROBES_ON_FTRACE) \
  ../src-series/include/linux/compiler.h \
    $(wildcard include/config/TRACE_BRANCH_PROFILING) \
    $(wildcard include/config/PROFILE_ALL_BRANCHES) \
    $(wildcard include/config/OBJTOOL) \
    $(wildcard include/config/64BIT) \
  arch/x86/include/generated/asm/rwonce.h \
  ../src-series/include/asm-generic/rwonce.h \
  ../src-series/include/linux/kasan-checks.h \
    $(wildcard include/config/KASAN_GENERIC) \
    $(wildcard include/config/KASAN_SW_TAGS) \
  ../src-series/include/linux/types.h \
    $(wildcard include/config/HAVE_UID16) \
    $(wildcard include/config/UID16) \
    $(wildcard include/config/ARCH_DMA_ADDR_T_64BIT) \
    $(wildcard include/config/PHYS_ADDR_T_64BIT) \
    $(wildcard include/config/ARCH_32BIT_USTAT_F_TINODE) \
  ../src-series/include/uapi/linux/types.h \
  arch/x86/include/generated/uapi/asm/types.h \
  ../src-series/include/uapi/asm-generic/types.h \
  ../src-series/include/asm-generic/int-ll64.h \
  ../src-series/include/uapi/asm-generic/int-ll64.h \
  ../src-series/arch/x86/include/uapi/asm/bitsperlong.h \
  ../src-series/include/asm-generic/bitsperlong.h \
  ../src-series/include/uapi/asm-generic/bitsperlong.h \
  ../src-series/include/uapi/linux/posix_types.h \
  ../src-series/include/linux/stddef.h \
  ../src-series/include/uapi/linux/stddef.h \
  ../src-series/arch/x86/include/asm/posix_types.h \
    $(wildcard include/config/X86_32) \
  ../src-series/arch/x86/include/uapi/asm/posix_types_64.h \
  ../src-series/include/uapi/asm-generic/posix_types.h \
  ../src-series/include/linux/kcsan-checks.h \
    $(wildcard include/config/KCSAN_WEAK_MEMORY) \
    $(wildcard include/config/KCSAN_IGNORE_ATOMICS) \
  ../src-series/include/linux/linkage.h \
    $(wildcard include/config/ARCH_USE_SYM_ANNOTATIONS) \
  ../src-series/include/linux/stringify.h \
  ../src-series/include/linux/export.h \
    $(wildcard include/config/MODVERSIONS) \
  ../src-series/arch/x86/include/asm/linkage.h \
    $(wildcard include/config/CALL_PADDING) \
    $(wildcard include/config/MITIGATION_RETHUNK) \
    $(wildcard include/config/MITIGATION_SLS) \
    $(wildcard include/config/FUNCTION_PADDING_BYTES) \
    $(wildcard include/config/UML) \
  ../src-series/arch/x86/include/asm/ibt.h \
    $(wildcard include/config/X86_KERNEL_IBT) \
  ../src-series/include/linux/list.h \
    $(wildcard include/config/LIST_HARDENED) \
    $(wildcard include/config/DEBUG_LIST) \
  ../src-series/include/linux/container_of.h \
  ../src-series/include/linux/build_bug.h \
  ../src-series/include/linux/poison.h \
    $(wildcard include/config/ILLEGAL_POINTER_VALUE) \
  ../src-series/include/linux/const.h \
  ../src-series/include/vdso/const.h \
  ../src-series/include/uapi/linux/const.h \
  ../src-series/arch/x86/include/asm/barrier.h \
  ../src-series/arch/x86/include/asm/alternative.h \
    $(wildcard include/config/SMP) \
    $(wildcard include/config/CALL_THUNKS) \
    $(wildcard include/config/MITIGATION_ITS) \
  ../src-series/arch/x86/include/asm/asm.h \
  ../src-series/arch/x86/include/asm/extable_fixup_types.h \
  ../src-series/arch/x86/include/asm/bug.h \
    $(wildcard include/config/GENERIC_BUG) \
    $(wildcard include/config/DEBUG_BUGVERBOSE) \
  ../src-series/include/linux/instrumentation.h \
    $(wildcard include/config/NOINSTR_VALIDATION) \
  ../src-series/include/linux/objtool.h \
    $(wildcard include/config/FRAME_POINTER) \
    $(wildcard include/config/MITIGATION_UNRET_ENTRY) \
    $(wildcard include/config/MITIGATION_SRSO) \
  ../src-series/include/linux/objtool_types.h \
  ../src-series/include/asm-generic/bug.h \
    $(wildcard include/config/BUG) \
    $(wildcard include/config/GENERIC_BUG_RELATIVE_POINTERS) \
  ../src-series/include/linux/once_lite.h \
  ../src-series/include/linux/panic.h \
    $(wildcard include/config/PANIC_TIMEOUT) \
  ../src-series/include/linux/printk.h \
    $(wildcard include/config/MESSAGE_LOGLEVEL_DEFAULT) \
    $(wildcard include/config/CONSOLE_LOGLEVEL_DEFAULT) \
    $(wildcard include/config/CONSOLE_LOGLEVEL_QUIET) \
    $(wildcard include/config/EARLY_PRINTK) \
    $(wildcard include/config/PRINTK) \
    $(wildcard include/config/PRINTK_INDEX) \
    $(wildcard include/config/DYNAMIC_DEBUG) \
    $(wildcard include/config/DYNAMIC_DEBUG_CORE) \
  ../src-series/include/linux/stdarg.h \
  ../src-series/include/linux/init.h \
    $(wildcard include/config/MEMORY_HOTPLUG) \
    $(wildcard include/config/HAVE_ARCH_PREL32_RELOCATIONS) \
  ../src-series/include/linux/kern_levels.h \
  ../src-series/include/linux/ratelimit_types.h \
  ../src-series/include/linux/bits.h \
  ../src-series/include/vdso/bits.h \
  ../src-series/include/uapi/linux/bits.h \
  ../src-series/include/linux/overflow.h \
  ../src-series/include/linux/limits.h \
  ../src-series/include/uapi/linux/limits.h \
  ../src-series/include/vdso/limits.h \
  ../src-series/include/uapi/linux/param.h \
  arch/x86/include/generated/uapi/asm/param.h \
  ../src-series/include/asm-generic/param.h \
    $(wildcard include/config/HZ) \
  ../src-series/include/uapi/asm-generic/param.h \
  ../src-series/include/linux/spinlock_types_raw.h \
    $(wildcard include/config/DEBUG_SPINLOCK) \
    $(wildcard include/config/DEBUG_LOCK_ALLOC) \
  ../src-series/arch/x86/include/asm/spinlock_types.h \
  ../src-series/include/asm-generic/qspinlock_types.h \
    $(wildcard include/config/NR_CPUS) \
  ../src-series/include/asm-generic/qrwlock_types.h \
  ../src-series/arch/x86/include/uapi/asm/byteorder.h \
  ../src-series/include/linux/byteorder/little_endian.h \
  ../src-series/include/uapi/linux/byteorder/little_endian.h \
  ../src-series/include/linux/swab.h \
  ../src-series/include/uapi/linux/swab.h \
  ../src-series/arch/x86/include/uapi/asm/swab.h \
  ../src-series/include/linux/byteorder/generic.h \
  ../src-series/include/linux/lockdep_types.h \
    $(wildcard include/config/PROVE_RAW_LOCK_NESTING) \
    $(wildcard include/config/LOCKDEP) \
    $(wildcard include/config/LOCK_STAT) \
  ../src-series/arch/x86/include/asm/nops.h \
  ../src-series/include/asm-generic/barrier.h \
  ../src-series/include/linux/notifier.h \
    $(wildcard include/config/TREE_SRCU) \
  ../src-series/include/linux/errno.h \
  ../src-series/include/uapi/linux/errno.h \
  arch/x86/include/generated/uapi/asm/errno.h \
  ../src-series/include/uapi/asm-generic/errno.h \
  ../src-series/include/uapi/asm-generic/errno-base.h \
  ../src-series/include/linux/mutex.h \
    $(wildcard include/config/DEBUG_MUTEXES) \
    $(wildcard include/config/PREEMPT_RT) \
  ../src-series/arch/x86/include/asm/current.h \
    $(wildcard include/config/MITIGATION_CALL_DEPTH_TRACKING) \
    $(wildcard include/config/USE_X86_SEG_SUPPORT) \
  ../src-series/include/linux/cache.h \
    $(wildcard include/config/ARCH_HAS_CACHE_LINE_SIZE) \
  ../src-series/include/uapi/linux/kernel.h \
  ../src-series/include/uapi/linux/sysinfo.h \
  ../src-series/arch/x86/include/asm/cache.h \
    $(wildcard include/config/X86_L1_CACHE_SHIFT) \
    $(wildcard include/config/X86_INTERNODE_CACHE_SHIFT) \
    $(wildcard include/config/X86_VSMP) \
  ../src-series/arch/x86/include/asm/percpu.h \
    $(wildcard include/config/X86_64_SMP) \
    $(wildcard include/config/CC_HAS_NAMED_AS) \
  ../src-series/include/asm-generic/percpu.h \
    $(wildcard include/config/DEBUG_PREEMPT) \
    $(wildcard include/config/HAVE_SETUP_PER_CPU_AREA) \
  ../src-series/include/linux/threads.h \
    $(wildcard include/config/BASE_SMALL) \
  ../src-series/include/linux/percpu-defs.h \
    $(wildcard include/config/DEBUG_FORCE_WEAK_PER_CPU) \
    $(wildcard include/config/AMD_MEM_ENCRYPT) \
  ../src-series/include/linux/spinlock_types.h \
  ../src-series/include/linux/rwlock_types.h \
  ../src-series/include/linux/lockdep.h \
    $(wildcard include/config/PROVE_LOCKING) \
    $(wildcard include/config/DEBUG_LOCKING_API_SELFTESTS) \
    $(wildcard include/config/PREEMPT_COUNT) \
  ../src-series/include/linux/smp.h \
    $(wildcard include/config/UP_LATE_INIT) \
    $(wildcard include/config/CSD_LOCK_WAIT_DEBUG) \
  ../src-series/include/linux/cpumask.h \
    $(wildcard include/config/FORCE_NR_CPUS) \
    $(wildcard include/config/HOTPLUG_CPU) \
    $(wildcard include/config/DEBUG_PER_CPU_MAPS) \
    $(wildcard include/config/CPUMASK_OFFSTACK) \
  ../src-series/include/linux/cleanup.h \
  ../src-series/include/linux/kernel.h \
    $(wildcard include/config/PREEMPT_VOLUNTARY_BUILD) \
    $(wildcard include/config/PREEMPT_DYNAMIC) \
    $(wildcard include/config/HAVE_PREEMPT_DYNAMIC_CALL) \
    $(wildcard include/config/HAVE_PREEMPT_DYNAMIC_KEY) \
    $(wildcard include/config/PREEMPT_) \
    $(wildcard include/config/DEBUG_ATOMIC_SLEEP) \
    $(wildcard include/config/MMU) \
    $(wildcard include/config/TRACING) \
    $(wildcard include/config/FTRACE_MCOUNT_RECORD) \
  ../src-series/include/linux/align.h \
  ../src-series/include/linux/array_size.h \
  ../src-series/include/linux/bitops.h \
  ../src-series/include/linux/typecheck.h \
  ../src-series/include/asm-generic/bitops/generic-non-atomic.h \
  ../src-series/arch/x86/include/asm/bitops.h \
    $(wildcard include/config/X86_CMOV) \
  ../src-series/arch/x86/include/asm/rmwcc.h \
  ../src-series/include/linux/args.h \
  ../src-series/include/asm-generic/bitops/sched.h \
  ../src-series/arch/x86/include/asm/arch_hweight.h \
  ../src-series/arch/x86/include/asm/cpufeatures.h \
  ../src-series/arch/x86/include/asm/required-features.h \
    $(wildcard include/config/X86_MINIMUM_CPU_FAMILY) \
    $(wildcard include/config/MATH_EMULATION) \
    $(wildcard include/config/X86_PAE) \
    $(wildcard include/config/X86_CMPXCHG64) \
    $(wildcard include/config/X86_P6_NOP) \
    $(wildcard include/config/MATOM) \
    $(wildcard include/config/PARAVIRT_XXL) \
  ../src-series/arch/x86/include/asm/disabled-features.h \
    $(wildcard include/config/X86_UMIP) \
    $(wildcard include/config/X86_INTEL_MEMORY_PROTECTION_KEYS) \
    $(wildcard include/config/X86_5LEVEL) \
    $(wildcard include/config/MITIGATION_PAGE_TABLE_ISOLATION) \
    $(wildcard include/config/ADDRESS_MASKING) \
    $(wildcard include/config/INTEL_IOMMU_SVM) \
    $(wildcard include/config/X86_SGX) \
    $(wildcard include/config/XEN_PV) \
    $(wildcard include/config/INTEL_TDX_GUEST) \
    $(wildcard include/config/X86_USER_SHADOW_STACK) \
    $(wildcard include/config/X86_FRED) \
    $(wildcard include/config/KVM_AMD_SEV) \
  ../src-series/include/asm-generic/bitops/const_hweight.h \
  ../src-series/include/asm-generic/bitops/instrumented-atomic.h \
  ../src-series/include/linux/instrumented.h \
  ../src-series/include/linux/kmsan-checks.h \
    $(wildcard include/config/KMSAN) \
  ../src-series/include/asm-generic/bitops/instrumented-non-atomic.h \
    $(wildcard include/config/KCSAN_ASSUME_PLAIN_WRITES_ATOMIC) \
  ../src-series/include/asm-generic/bitops/instrumented-lock.h \
  ../src-series/include/asm-generic/bitops/le.h \
  ../src-series/include/asm-generic/bitops/ext2-atomic-setbit.h \
  ../src-series/include/linux/hex.h \
  ../src-series/include/linux/kstrtox.h \
  ../src-series/include/linux/log2.h \
    $(wildcard include/config/ARCH_HAS_ILOG2_U32) \
    $(wildcard include/config/ARCH_HAS_ILOG2_U64) \
  ../src-series/include/linux/math.h \
  ../src-series/arch/x86/include/asm/div64.h \
  ../src-series/include/asm-generic/div64.h \
  ../src-series/include/linux/minmax.h \
  ../src-series/include/linux/sprintf.h \
  ../src-series/include/linux/static_call_types.h \
    $(wildcard include/config/HAVE_STATIC_CALL) \
    $(wildcard include/config/HAVE_STATIC_CALL_INLINE) \
  ../src-series/include/linux/instruction_pointer.h \
  ../src-series/include/linux/wordpart.h \
  ../src-series/include/linux/bitmap.h \
  ../src-series/include/linux/find.h \
  ../src-series/include/linux/string.h \
    $(wildcard include/config/BINARY_PRINTF) \
    $(wildcard include/config/FORTIFY_SOURCE) \
  ../src-series/include/linux/err.h \
  ../src-series/include/uapi/linux/string.h \
  ../src-series/arch/x86/include/asm/string.h \
  ../src-series/arch/x86/include/asm/string_64.h \
    $(wildcard include/config/ARCH_HAS_UACCESS_FLUSHCACHE) \
  ../src-series/include/linux/jump_label.h \
    $(wildcard include/config/JUMP_LABEL) \
    $(wildcard include/config/HAVE_ARCH_JUMP_LABEL_RELATIVE) \
  ../src-series/include/linux/atomic.h \
  ../src-series/arch/x86/include/asm/atomic.h \
  ../src-series/arch/x86/include/asm/cmpxchg.h \
  ../src-series/arch/x86/include/asm/cmpxchg_64.h \
  ../src-series/arch/x86/include/asm/atomic64_64.h \
  ../src-series/include/linux/atomic/atomic-arch-fallback.h \
    $(wildcard include/config/GENERIC_ATOMIC64) \
  ../src-series/include/linux/atomic/atomic-long.h \
  ../src-series/include/linux/atomic/atomic-instrumented.h \
  ../src-series/include/linux/bug.h \
    $(wildcard include/config/BUG_ON_DATA_CORRUPTION) \
  ../src-series/include/linux/bitmap-str.h \
  ../src-series/include/linux/cpumask_types.h \
  ../src-series/include/linux/gfp_types.h \
    $(wildcard include/config/KASAN_HW_TAGS) \
    $(wildcard include/config/SLAB_OBJ_EXT) \
  ../src-series/include/linux/numa.h \
    $(wildcard include/config/NODES_SHIFT) \
    $(wildcard include/config/NUMA_KEEP_MEMINFO) \
    $(wildcard include/config/NUMA) \
    $(wildcard include/config/HAVE_ARCH_NODE_DEV_GROUP) \
  ../src-series/arch/x86/include/asm/sparsemem.h \
    $(wildcard include/config/SPARSEMEM) \
  ../src-series/include/linux/smp_types.h \
  ../src-series/include/linux/llist.h \
    $(wildcard include/config/ARCH_HAVE_NMI_SAFE_CMPXCHG) \
  ../src-series/include/linux/preempt.h \
    $(wildcard include/config/TRACE_PREEMPT_TOGGLE) \
    $(wildcard include/config/PREEMPTION) \
    $(wildcard include/config/PREEMPT_NOTIFIERS) \
    $(wildcard include/config/PREEMPT_NONE) \
    $(wildcard include/config/PREEMPT_VOLUNTARY) \
    $(wildcard include/config/PREEMPT) \
  ../src-series/arch/x86/include/asm/preempt.h \
  ../src-series/include/linux/thread_info.h \
    $(wildcard include/config/THREAD_INFO_IN_TASK) \
    $(wildcard include/config/GENERIC_ENTRY) \
    $(wildcard include/config/HAVE_ARCH_WITHIN_STACK_FRAMES) \
    $(wildcard include/config/HARDENED_USERCOPY) \
    $(wildcard include/config/SH) \
  ../src-series/include/linux/restart_block.h \
  ../src-series/arch/x86/include/asm/thread_info.h \
    $(wildcard include/config/VM86) \
    $(wildcard include/config/X86_IOPL_IOPERM) \
    $(wildcard include/config/COMPAT) \
    $(wildcard include/config/IA32_EMULATION) \
  ../src-series/arch/x86/include/asm/page.h \
  ../src-series/arch/x86/include/asm/page_types.h \
    $(wildcard include/config/PAGE_SHIFT) \
    $(wildcard include/config/PHYSICAL_START) \
    $(wildcard include/config/PHYSICAL_ALIGN) \
    $(wildcard include/config/DYNAMIC_PHYSICAL_MASK) \
  ../src-series/include/linux/mem_encrypt.h \
    $(wildcard include/config/ARCH_HAS_MEM_ENCRYPT) \
  ../src-series/arch/x86/include/asm/mem_encrypt.h \
    $(wildcard include/config/X86_MEM_ENCRYPT) \
  ../src-series/include/linux/cc_platform.h \
    $(wildcard include/config/ARCH_HAS_CC_PLATFORM) \
  ../src-series/arch/x86/include/asm/page_64_types.h \
    $(wildcard include/config/KASAN) \
    $(wildcard include/config/DYNAMIC_MEMORY_LAYOUT) \
    $(wildcard include/config/RANDOMIZE_BASE) \
  ../src-series/arch/x86/include/asm/kaslr.h \
    $(wildcard include/config/RANDOMIZE_MEMORY) \
  ../src-series/arch/x86/include/asm/page_64.h \
    $(wildcard include/config/DEBUG_VIRTUAL) \
    $(wildcard include/config/X86_VSYSCALL_EMULATION) \
  ../src-series/include/linux/range.h \
  ../src-series/include/asm-generic/memory_model.h \
    $(wildcard include/config/FLATMEM) \
    $(wildcard include/config/SPARSEMEM_VMEMMAP) \
  ../src-series/include/linux/pfn.h \
  ../src-series/include/asm-generic/getorder.h \
  ../src-series/arch/x86/include/asm/cpufeature.h \
  ../src-series/arch/x86/include/asm/processor.h \
    $(wildcard include/config/X86_VMX_FEATURE_NAMES) \
    $(wildcard include/config/STACKPROTECTOR) \
    $(wildcard include/config/CPU_SUP_AMD) \
    $(wildcard include/config/XEN) \
  ../src-series/arch/x86/include/asm/processor-flags.h \
  ../src-series/arch/x86/include/uapi/asm/processor-flags.h \
  ../src-series/arch/x86/include/asm/math_emu.h \
  ../src-series/arch/x86/include/asm/ptrace.h \
    $(wildcard include/config/PARAVIRT) \
    $(wildcard include/config/X86_DEBUGCTLMSR) \
  ../src-series/arch/x86/include/asm/segment.h \
  ../src-series/arch/x86/include/uapi/asm/ptrace.h \
  ../src-series/arch/x86/include/uapi/asm/ptrace-abi.h \
  ../src-series/arch/x86/include/asm/proto.h \
  ../src-series/arch/x86/include/uapi/asm/ldt.h \
  ../src-series/arch/x86/include/uapi/asm/sigcontext.h \
  ../src-series/arch/x86/include/asm/cpuid.h \
  ../src-series/arch/x86/include/asm/pgtable_types.h \
    $(wildcard include/config/MEM_SOFT_DIRTY) \
    $(wildcard include/config/HAVE_ARCH_USERFAULTFD_WP) \
    $(wildcard include/config/PGTABLE_LEVELS) \
    $(wildcard include/config/PROC_FS) \
  ../src-series/arch/x86/include/asm/pgtable_64_types.h \
    $(wildcard include/config/DEBUG_KMAP_LOCAL_FORCE_MAP) \
  ../src-series/arch/x86/include/asm/desc_defs.h \
  ../src-series/arch/x86/include/asm/special_insns.h \
  ../src-series/include/linux/irqflags.h \
    $(wildcard include/config/TRACE_IRQFLAGS) \
    $(wildcard include/config/IRQSOFF_TRACER) \
    $(wildcard include/config/PREEMPT_TRACER) \
    $(wildcard include/config/DEBUG_IRQFLAGS) \
    $(wildcard include/config/TRACE_IRQFLAGS_SUPPORT) \
  ../src-series/include/linux/irqflags_types.h \
  ../src-series/arch/x86/include/asm/irqflags.h \
    $(wildcard include/config/DEBUG_ENTRY) \
  ../src-series/arch/x86/include/asm/nospec-branch.h \
    $(wildcard include/config/CALL_THUNKS_DEBUG) \
    $(wildcard include/config/MITIGATION_IBPB_ENTRY) \
    $(wildcard include/config/BPF_JIT) \
  ../src-series/include/linux/static_key.h \
  ../src-series/arch/x86/include/asm/msr-index.h \
  ../src-series/arch/x86/include/asm/unwind_hints.h \
  ../src-series/arch/x86/include/asm/orc_types.h \
  ../src-series/arch/x86/include/asm/fpu/types.h \
  ../src-series/arch/x86/include/asm/vmxfeatures.h \
  ../src-series/arch/x86/include/asm/vdso/processor.h \
  ../src-series/arch/x86/include/asm/shstk.h \
  ../src-series/include/linux/personality.h \
  ../src-series/include/uapi/linux/personality.h \
  ../src-series/include/linux/math64.h \
    $(wildcard include/config/ARCH_SUPPORTS_INT128) \
  ../src-series/include/vdso/math64.h \
  ../src-series/arch/x86/include/asm/smp.h \
    $(wildcard include/config/DEBUG_NMI_SELFTEST) \
  ../src-series/arch/x86/include/asm/cpumask.h \
  ../src-series/include/linux/osq_lock.h \
  ../src-series/include/linux/debug_locks.h \
  ../src-series/include/linux/mutex_types.h \
    $(wildcard include/config/MUTEX_SPIN_ON_OWNER) \
  ../src-series/include/linux/rwsem.h \
    $(wildcard include/config/RWSEM_SPIN_ON_OWNER) \
    $(wildcard include/config/DEBUG_RWSEMS) \
  ../src-series/include/linux/spinlock.h \
  ../src-series/include/linux/bottom_half.h \
  arch/x86/include/generated/asm/mmiowb.h \
  ../src-series/include/asm-generic/mmiowb.h \
    $(wildcard include/config/MMIOWB) \
  ../src-series/arch/x86/include/asm/spinlock.h \
  ../src-series/arch/x86/include/asm/paravirt.h \
    $(wildcard include/config/PARAVIRT_SPINLOCKS) \
  ../src-series/arch/x86/include/asm/paravirt_types.h \
    $(wildcard include/config/ZERO_CALL_USED_REGS) \
    $(wildcard include/config/PARAVIRT_DEBUG) \
  ../src-series/arch/x86/include/asm/qspinlock.h \
  ../src-series/include/asm-generic/qspinlock.h \
  ../src-series/arch/x86/include/asm/qrwlock.h \
  ../src-series/include/asm-generic/qrwlock.h \
  ../src-series/include/linux/rwlock.h \
  ../src-series/include/linux/spinlock_api_smp.h \
    $(wildcard include/config/INLINE_SPIN_LOCK) \
    $(wildcard include/config/INLINE_SPIN_LOCK_BH) \
    $(wildcard include/config/INLINE_SPIN_LOCK_IRQ) \
    $(wildcard include/config/INLINE_SPIN_LOCK_IRQSAVE) \
    $(wildcard include/config/INLINE_SPIN_TRYLOCK) \
    $(wildcard include/config/INLINE_SPIN_TRYLOCK_BH) \
    $(wildcard include/config/UNINLINE_SPIN_UNLOCK) \
    $(wildcard include/config/INLINE_SPIN_UNLOCK_BH) \
    $(wildcard include/config/INLINE_SPIN_UNLOCK_IRQ) \
    $(wildcard include/config/INLINE_SPIN_UNLOCK_IRQRESTORE) \
    $(wildcard include/config/GENERIC_LOCKBREAK) \
  ../src-series/include/linux/rwlock_api_smp.h \
    $(wildcard include/config/INLINE_READ_LOCK) \
    $(wildcard include/config/INLINE_WRITE_LOCK) \
    $(wildcard include/config/INLINE_READ_LOCK_BH) \
    $(wildcard include/config/INLINE_WRITE_LOCK_BH) \
    $(wildcard include/config/INLINE_READ_LOCK_IRQ) \
    $(wildcard include/config/INLINE_WRITE_LOCK_IRQ) \
    $(wildcard include/config/INLINE_READ_LOCK_IRQSAVE) \
    $(wildcard include/config/INLINE_WRITE_LOCK_IRQSAVE) \
    $(wildcard include/config/INLINE_READ_TRYLOCK) \
    $(wildcard include/config/INLINE_WRITE_TRYLOCK) \
    $(wildcard include/config/INLINE_READ_UNLOCK) \
    $(wildcard include/config/INLINE_WRITE_UNLOCK) \
    $(wildcard include/config/INLINE_READ_UNLOCK_BH) \
    $(wildcard include/config/INLINE_WRITE_UNLOCK_BH) \
    $(wildcard include/config/INLINE_READ_UNLOCK_IRQ) \
    $(wildcard include/config/INLINE_WRITE_UNLOCK_IRQ) \
    $(wildcard include/config/INLINE_READ_UNLOCK_IRQRESTORE) \
    $(wildcard include/config/INLINE_WRITE_UNLOCK_IRQRESTORE) \
  ../src-series/include/linux/srcu.h \
    $(wildcard include/config/TINY_SRCU) \
    $(wildcard include/config/NEED_SRCU_NMI_SAFE) \
    $(wildcard include/config/PROVE_RCU) \
  ../src-series/include/linux/rcupdate.h \
    $(wildcard include/config/PREEMPT_RCU) \
    $(wildcard include/config/TINY_RCU) \
    $(wildcard include/config/RCU_STRICT_GRACE_PERIOD) \
    $(wildcard include/config/RCU_LAZY) \
    $(wildcard include/config/TASKS_RCU_GENERIC) \
    $(wildcard include/config/RCU_STALL_COMMON) \
    $(wildcard include/config/NO_HZ_FULL) \
    $(wildcard include/config/KVM_XFER_TO_GUEST_WORK) \
    $(wildcard include/config/RCU_NOCB_CPU) \
    $(wildcard include/config/TASKS_RCU) \
    $(wildcard include/config/TASKS_TRACE_RCU) \
    $(wildcard include/config/TASKS_RUDE_RCU) \
    $(wildcard include/config/TREE_RCU) \
    $(wildcard include/config/DEBUG_OBJECTS_RCU_HEAD) \
    $(wildcard include/config/ARCH_WEAK_RELEASE_ACQUIRE) \
  ../src-series/include/linux/context_tracking_irq.h \
    $(wildcard include/config/CONTEXT_TRACKING_IDLE) \
  ../src-series/include/linux/rcutree.h \
  ../src-series/include/linux/workqueue.h \
    $(wildcard include/config/DEBUG_OBJECTS_WORK) \
    $(wildcard include/config/FREEZER) \
    $(wildcard include/config/SYSFS) \
    $(wildcard include/config/WQ_WATCHDOG) \
  ../src-series/include/linux/timer.h \
    $(wildcard include/config/DEBUG_OBJECTS_TIMERS) \
  ../src-series/include/linux/ktime.h \
  ../src-series/include/linux/jiffies.h \
  ../src-series/include/linux/time.h \
    $(wildcard include/config/POSIX_TIMERS) \
  ../src-series/include/linux/time64.h \
  ../src-series/include/vdso/time64.h \
  ../src-series/include/uapi/linux/time.h \
  ../src-series/include/uapi/linux/time_types.h \
  ../src-series/include/linux/time32.h \
  ../src-series/include/linux/timex.h \
  ../src-series/include/uapi/linux/timex.h \
  ../src-series/arch/x86/include/asm/timex.h \
    $(wildcard include/config/X86_TSC) \
  ../src-series/arch/x86/include/asm/tsc.h \
  ../src-series/arch/x86/include/asm/msr.h \
    $(wildcard include/config/TRACEPOINTS) \
  ../src-series/arch/x86/include/uapi/asm/msr.h \
  ../src-series/include/uapi/linux/ioctl.h \
  arch/x86/include/generated/uapi/asm/ioctl.h \
  ../src-series/include/asm-generic/ioctl.h \
  ../src-series/include/uapi/asm-generic/ioctl.h \
  ../src-series/arch/x86/include/asm/shared/msr.h \
  ../src-series/include/linux/percpu.h \
    $(wildcard include/config/MODULES) \
    $(wildcard include/config/MEM_ALLOC_PROFILING) \
    $(wildcard include/config/RANDOM_KMALLOC_CACHES) \
    $(wildcard include/config/PAGE_SIZE_4KB) \
    $(wildcard include/config/NEED_PER_CPU_PAGE_FIRST_CHUNK) \
  ../src-series/include/linux/alloc_tag.h \
    $(wildcard include/config/MEM_ALLOC_PROFILING_DEBUG) \
    $(wildcard include/config/MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT) \
  ../src-series/include/linux/codetag.h \
    $(wildcard include/config/CODE_TAGGING) \
  ../src-series/include/linux/mmdebug.h \
    $(wildcard include/config/DEBUG_VM) \
    $(wildcard include/config/DEBUG_VM_IRQSOFF) \
    $(wildcard include/config/DEBUG_VM_PGFLAGS) \
  ../src-series/include/linux/sched.h \
    $(wildcard include/config/VIRT_CPU_ACCOUNTING_NATIVE) \
    $(wildcard include/config/SCHED_INFO) \
    $(wildcard include/config/SCHEDSTATS) \
    $(wildcard include/config/SCHED_CORE) \
    $(wildcard include/config/FAIR_GROUP_SCHED) \
    $(wildcard include/config/RT_GROUP_SCHED) \
    $(wildcard include/config/RT_MUTEXES) \
    $(wildcard include/config/UCLAMP_TASK) \
    $(wildcard include/config/UCLAMP_BUCKETS_COUNT) \
    $(wildcard include/config/KMAP_LOCAL) \
    $(wildcard include/config/SCHED_CLASS_EXT) \
    $(wildcard include/config/CGROUP_SCHED) \
    $(wildcard include/config/BLK_DEV_IO_TRACE) \
    $(wildcard include/config/MEMCG_V1) \
    $(wildcard include/config/LRU_GEN) \
    $(wildcard include/config/COMPAT_BRK) \
    $(wildcard include/config/CGROUPS) \
    $(wildcard include/config/BLK_CGROUP) \
    $(wildcard include/config/PSI) \
    $(wildcard include/config/PAGE_OWNER) \
    $(wildcard include/config/EVENTFD) \
    $(wildcard include/config/ARCH_HAS_CPU_PASID) \
    $(wildcard include/config/CPU_SUP_INTEL) \
    $(wildcard include/config/TASK_DELAY_ACCT) \
    $(wildcard include/config/ARCH_HAS_SCALED_CPUTIME) \
    $(wildcard include/config/VIRT_CPU_ACCOUNTING_GEN) \
    $(wildcard include/config/POSIX_CPUTIMERS) \
    $(wildcard include/config/POSIX_CPU_TIMERS_TASK_WORK) \
    $(wildcard include/config/KEYS) \
    $(wildcard include/config/SYSVIPC) \
    $(wildcard include/config/DETECT_HUNG_TASK) \
    $(wildcard include/config/IO_URING) \
    $(wildcard include/config/AUDIT) \
    $(wildcard include/config/AUDITSYSCALL) \
    $(wildcard include/config/UBSAN) \
    $(wildcard include/config/UBSAN_TRAP) \
    $(wildcard include/config/COMPACTION) \
    $(wildcard include/config/TASK_XACCT) \
    $(wildcard include/config/CPUSETS) \
    $(wildcard include/config/X86_CPU_RESCTRL) \
    $(wildcard include/config/FUTEX) \
    $(wildcard include/config/PERF_EVENTS) \
    $(wildcard include/config/NUMA_BALANCING) \
    $(wildcard include/config/RSEQ) \
    $(wildcard include/config/SCHED_MM_CID) \
    $(wildcard include/config/FAULT_INJECTION) \
    $(wildcard include/config/LATENCYTOP) \
    $(wildcard include/config/KUNIT) \
    $(wildcard include/config/FUNCTION_GRAPH_TRACER) \
    $(wildcard include/config/MEMCG) \
    $(wildcard include/config/UPROBES) \
    $(wildcard include/config/BCACHE) \
    $(wildcard include/config/VMAP_STACK) \
    $(wildcard include/config/LIVEPATCH) \
    $(wildcard include/config/SECURITY) \
    $(wildcard include/config/BPF_SYSCALL) \
    $(wildcard include/config/GCC_PLUGIN_STACKLEAK) \
    $(wildcard include/config/RANDOMIZE_KSTACK_OFFSET) \
    $(wildcard include/config/X86_MCE) \
    $(wildcard include/config/RETHOOK) \
    $(wildcard include/config/ARCH_HAS_PARANOID_L1D_FLUSH) \
    $(wildcard include/config/RV) \
    $(wildcard include/config/USER_EVENTS) \
  ../src-series/include/uapi/linux/sched.h \
  ../src-series/include/linux/pid_types.h \
  ../src-series/include/linux/sem_types.h \
  ../src-series/include/linux/shm.h \
  ../src-series/arch/x86/include/asm/shmparam.h \
  ../src-series/include/linux/kmsan_types.h \
  ../src-series/include/linux/plist_types.h \
  ../src-series/include/linux/hrtimer_types.h \
  ../src-series/include/linux/timerqueue_types.h \
  ../src-series/include/linux/rbtree_types.h \
  ../src-series/include/linux/timer_types.h \
  ../src-series/include/linux/seccomp_types.h \
    $(wildcard include/config/SECCOMP) \
  ../src-series/include/linux/nodemask_types.h \
  ../src-series/include/linux/refcount_types.h \
  ../src-series/include/linux/resource.h \
  ../src-series/include/uapi/linux/resource.h \
  arch/x86/include/generated/uapi/asm/resource.h \
  ../src-series/include/asm-generic/resource.h \
  ../src-series/include/uapi/asm-generic/resource.h \
  ../src-series/include/linux/latencytop.h \
  ../src-series/include/linux/sched/prio.h \
  ../src-series/include/linux/sched/types.h \
  ../src-series/include/linux/signal_types.h \
    $(wildcard include/config/OLD_SIGACTION) \
  ../src-series/include/uapi/linux/signal.h \
  ../src-series/arch/x86/include/asm/signal.h \
  ../src-series/arch/x86/include/uapi/asm/signal.h \
  ../src-series/include/uapi/asm-generic/signal-defs.h \
  ../src-series/arch/x86/include/uapi/asm/siginfo.h \
  ../src-series/include/uapi/asm-generic/siginfo.h \
  ../src-series/include/linux/syscall_user_dispatch_types.h \
  ../src-series/include/linux/mm_types_task.h \
    $(wildcard include/config/ARCH_WANT_BATCHED_UNMAP_TLB_FLUSH) \
  ../src-series/arch/x86/include/asm/tlbbatch.h \
  ../src-series/include/linux/netdevice_xmit.h \
    $(wildcard include/config/NET_ACT_MIRRED) \
    $(wildcard include/config/NET_EGRESS) \
  ../src-series/include/linux/task_io_accounting.h \
    $(wildcard include/config/TASK_IO_ACCOUNTING) \
  ../src-series/include/linux/posix-timers_types.h \
  ../src-series/include/uapi/linux/rseq.h \
  ../src-series/include/linux/seqlock_types.h \
  ../src-series/include/linux/kcsan.h \
  ../src-series/include/linux/rv.h \
    $(wildcard include/config/RV_REACTORS) \
  ../src-series/include/linux/livepatch_sched.h \
  ../src-series/include/linux/uidgid_types.h \
  arch/x86/include/generated/asm/kmap_size.h \
  ../src-series/include/asm-generic/kmap_size.h \
    $(wildcard include/config/DEBUG_KMAP_LOCAL) \
  ../src-series/include/linux/sched/ext.h \
    $(wildcard include/config/EXT_GROUP_SCHED) \
  ../src-series/include/linux/tracepoint-defs.h \
  ../src-series/include/vdso/time32.h \
  ../src-series/include/vdso/time.h \
  ../src-series/include/vdso/jiffies.h \
  include/generated/timeconst.h \
  ../src-series/include/vdso/ktime.h \
  ../src-series/include/linux/timekeeping.h \
    $(wildcard include/config/GENERIC_CMOS_UPDATE) \
  ../src-series/include/linux/clocksource_ids.h \
  ../src-series/include/linux/debugobjects.h \
    $(wildcard include/config/DEBUG_OBJECTS) \
    $(wildcard include/config/DEBUG_OBJECTS_FREE) \
  ../src-series/include/linux/workqueue_types.h \
  ../src-series/include/linux/rcu_segcblist.h \
  ../src-series/include/linux/srcutree.h \
  ../src-series/include/linux/rcu_node_tree.h \
    $(wildcard include/config/RCU_FANOUT) \
    $(wildcard include/config/RCU_FANOUT_LEAF) \
  ../src-series/include/linux/completion.h \
  ../src-series/include/linux/swait.h \
  ../src-series/include/linux/wait.h \
  ../src-series/include/linux/ftrace.h \
    $(wildcard include/config/HAVE_FUNCTION_GRAPH_FREGS) \
    $(wildcard include/config/FUNCTION_TRACER) \
    $(wildcard include/config/DYNAMIC_FTRACE) \
    $(wildcard include/config/HAVE_DYNAMIC_FTRACE_WITH_ARGS) \
    $(wildcard include/config/HAVE_FTRACE_REGS_HAVING_PT_REGS) \
    $(wildcard include/config/DYNAMIC_FTRACE_WITH_REGS) \
    $(wildcard include/config/DYNAMIC_FTRACE_WITH_ARGS) \
    $(wildcard include/config/DYNAMIC_FTRACE_WITH_DIRECT_CALLS) \
    $(wildcard include/config/STACK_TRACER) \
    $(wildcard include/config/DYNAMIC_FTRACE_WITH_CALL_OPS) \
    $(wildcard include/config/FUNCTION_GRAPH_RETVAL) \
    $(wildcard include/config/FUNCTION_PROFILER) \
    $(wildcard include/config/FTRACE_SYSCALLS) \
  ../src-series/include/linux/trace_recursion.h \
    $(wildcard include/config/FTRACE_RECORD_RECURSION) \
    $(wildcard include/config/FTRACE_VALIDATE_RCU_IS_WATCHING) \
  ../src-series/include/linux/interrupt.h \
    $(wildcard include/config/IRQ_FORCED_THREADING) \
    $(wildcard include/config/GENERIC_IRQ_PROBE) \
    $(wildcard include/config/IRQ_TIMINGS) \
  ../src-series/include/linux/irqreturn.h \
  ../src-series/include/linux/irqnr.h \
  ../src-series/include/uapi/linux/irqnr.h \
  ../src-series/include/linux/hardirq.h \
  ../src-series/include/linux/context_tracking_state.h \
    $(wildcard include/config/CONTEXT_TRACKING_USER) \
    $(wildcard include/config/CONTEXT_TRACKING) \
  ../src-series/include/linux/ftrace_irq.h \
    $(wildcard include/config/HWLAT_TRACER) \
    $(wildcard include/config/OSNOISE_TRACER) \
  ../src-series/include/linux/vtime.h \
    $(wildcard include/config/VIRT_CPU_ACCOUNTING) \
    $(wildcard include/config/IRQ_TIME_ACCOUNTING) \
  ../src-series/arch/x86/include/asm/hardirq.h \
    $(wildcard include/config/KVM_INTEL) \
    $(wildcard include/config/X86_LOCAL_APIC) \
    $(wildcard include/config/KVM) \
    $(wildcard include/config/X86_THERMAL_VECTOR) \
    $(wildcard include/config/X86_MCE_THRESHOLD) \
    $(wildcard include/config/X86_MCE_AMD) \
    $(wildcard include/config/X86_HV_CALLBACK_VECTOR) \
    $(wildcard include/config/HYPERV) \
    $(wildcard include/config/X86_POSTED_MSI) \
  ../src-series/include/linux/hrtimer.h \
    $(wildcard include/config/HIGH_RES_TIMERS) \
    $(wildcard include/config/TIME_LOW_RES) \
    $(wildcard include/config/TIMERFD) \
  ../src-series/include/linux/hrtimer_defs.h \
  ../src-series/include/linux/timerqueue.h \
  ../src-series/include/linux/rbtree.h \
  ../src-series/include/linux/seqlock.h \
    $(wildcard include/config/CC_IS_GCC) \
    $(wildcard include/config/GCC_VERSION) \
    $(wildcard include/config/UBSAN_ALIGNMENT) \
  ../src-series/include/linux/kref.h \
  ../src-series/include/linux/refcount.h \
  ../src-series/arch/x86/include/asm/irq.h \
  ../src-series/arch/x86/include/asm/apicdef.h \
  ../src-series/arch/x86/include/asm/irq_vectors.h \
    $(wildcard include/config/X86_IO_APIC) \
    $(wildcard include/config/PCI_MSI) \
  ../src-series/arch/x86/include/asm/sections.h \
  ../src-series/include/asm-generic/sections.h \
    $(wildcard include/config/HAVE_FUNCTION_DESCRIPTORS) \
  ../src-series/arch/x86/include/asm/extable.h \
  ../src-series/include/linux/trace_clock.h \
  ../src-series/arch/x86/include/asm/trace_clock.h \
  ../src-series/include/linux/kallsyms.h \
    $(wildcard include/config/KALLSYMS_ALL) \
    $(wildcard include/config/KALLSYMS) \
  ../src-series/include/linux/buildid.h \
    $(wildcard include/config/STACKTRACE_BUILD_ID) \
    $(wildcard include/config/VMCORE_INFO) \
  ../src-series/include/linux/mm.h \
    $(wildcard include/config/SYSCTL) \
    $(wildcard include/config/HAVE_ARCH_MMAP_RND_BITS) \
    $(wildcard include/config/HAVE_ARCH_MMAP_RND_COMPAT_BITS) \
    $(wildcard include/config/ARCH_USES_HIGH_VMA_FLAGS) \
    $(wildcard include/config/ARCH_HAS_PKEYS) \
    $(wildcard include/config/ARCH_PKEY_BITS) \
    $(wildcard include/config/X86) \
    $(wildcard include/config/PPC64) \
    $(wildcard include/config/PARISC) \
    $(wildcard include/config/SPARC64) \
    $(wildcard include/config/ARM64_MTE) \
    $(wildcard include/config/HAVE_ARCH_USERFAULTFD_MINOR) \
    $(wildcard include/config/PPC32) \
    $(wildcard include/config/STACK_GROWSUP) \
    $(wildcard include/config/PER_VMA_LOCK) \
    $(wildcard include/config/SHMEM) \
    $(wildcard include/config/ZONE_DEVICE) \
    $(wildcard include/config/FS_DAX) \
    $(wildcard include/config/MIGRATION) \
    $(wildcard include/config/CMA) \
    $(wildcard include/config/ARCH_HAS_GIGANTIC_PAGE) \
    $(wildcard include/config/HIGHMEM) \
    $(wildcard include/config/ARCH_HAS_PTE_SPECIAL) \
    $(wildcard include/config/ARCH_SUPPORTS_PMD_PFNMAP) \
    $(wildcard include/config/ARCH_SUPPORTS_PUD_PFNMAP) \
    $(wildcard include/config/ARCH_HAS_PTE_DEVMAP) \
    $(wildcard include/config/SPLIT_PTE_PTLOCKS) \
    $(wildcard include/config/HIGHPTE) \
    $(wildcard include/config/SPLIT_PMD_PTLOCKS) \
    $(wildcard include/config/TRANSPARENT_HUGEPAGE) \
    $(wildcard include/config/DEBUG_VM_RB) \
    $(wildcard include/config/PAGE_POISONING) \
    $(wildcard include/config/INIT_ON_ALLOC_DEFAULT_ON) \
    $(wildcard include/config/INIT_ON_FREE_DEFAULT_ON) \
    $(wildcard include/config/DEBUG_PAGEALLOC) \
    $(wildcard include/config/ARCH_WANT_OPTIMIZE_DAX_VMEMMAP) \
    $(wildcard include/config/MEMORY_FAILURE) \
    $(wildcard include/config/HUGETLBFS) \
    $(wildcard include/config/MAPPING_DIRTY_HELPERS) \
    $(wildcard include/config/ANON_VMA_NAME) \
    $(wildcard include/config/UNACCEPTED_MEMORY) \
    $(wildcard include/config/PAGE_POOL) \
  ../src-series/include/linux/gfp.h \
    $(wildcard include/config/ZONE_DMA) \
    $(wildcard include/config/ZONE_DMA32) \
    $(wildcard include/config/CONTIG_ALLOC) \
  ../src-series/include/linux/mmzone.h \
    $(wildcard include/config/ARCH_FORCE_MAX_ORDER) \
    $(wildcard include/config/MEMORY_ISOLATION) \
    $(wildcard include/config/ZSMALLOC) \
    $(wildcard include/config/IOMMU_SUPPORT) \
    $(wildcard include/config/SWAP) \
    $(wildcard include/config/LRU_GEN_STATS) \
    $(wildcard include/config/LRU_GEN_WALKS_MMU) \
    $(wildcard include/config/PAGE_EXTENSION) \
    $(wildcard include/config/DEFERRED_STRUCT_PAGE_INIT) \
    $(wildcard include/config/HAVE_MEMORYLESS_NODES) \
    $(wildcard include/config/SPARSEMEM_EXTREME) \
    $(wildcard include/config/HAVE_ARCH_PFN_VALID) \
  ../src-series/include/linux/list_nulls.h \
  ../src-series/include/linux/nodemask.h \
  ../src-series/include/linux/random.h \
    $(wildcard include/config/VMGENID) \
  ../src-series/include/uapi/linux/random.h \
  ../src-series/include/linux/prandom.h \
  ../src-series/include/linux/once.h \
  ../src-series/include/linux/pageblock-flags.h \
    $(wildcard include/config/HUGETLB_PAGE) \
    $(wildcard include/config/HUGETLB_PAGE_SIZE_VARIABLE) \
  ../src-series/include/linux/page-flags-layout.h \
  include/generated/bounds.h \
  ../src-series/include/linux/mm_types.h \
    $(wildcard include/config/HAVE_ALIGNED_STRUCT_PAGE) \
    $(wildcard include/config/HUGETLB_PMD_PAGE_TABLE_SHARING) \
    $(wildcard include/config/USERFAULTFD) \
    $(wildcard include/config/HAVE_ARCH_COMPAT_MMAP_BASES) \
    $(wildcard include/config/MEMBARRIER) \
    $(wildcard include/config/AIO) \
    $(wildcard include/config/MMU_NOTIFIER) \
    $(wildcard include/config/IOMMU_MM_DATA) \
    $(wildcard include/config/KSM) \
  ../src-series/include/linux/auxvec.h \
  ../src-series/include/uapi/linux/auxvec.h \
  ../src-series/arch/x86/include/uapi/asm/auxvec.h \
  ../src-series/include/linux/maple_tree.h \
    $(wildcard include/config/MAPLE_RCU_DISABLED) \
    $(wildcard include/config/DEBUG_MAPLE_TREE) \
  ../src-series/include/linux/uprobes.h \
  ../src-series/include/linux/percpu_counter.h \
  ../src-series/arch/x86/include/asm/mmu.h \
    $(wildcard include/config/MODIFY_LDT_SYSCALL) \
  ../src-series/include/linux/page-flags.h \
    $(wildcard include/config/PAGE_IDLE_FLAG) \
    $(wildcard include/config/ARCH_USES_PG_ARCH_2) \
    $(wildcard include/config/ARCH_USES_PG_ARCH_3) \
    $(wildcard include/config/HUGETLB_PAGE_OPTIMIZE_VMEMMAP) \
  ../src-series/include/linux/local_lock.h \
  ../src-series/include/linux/local_lock_internal.h \
  ../src-series/include/linux/zswap.h \
    $(wildcard include/config/ZSWAP) \
  ../src-series/include/linux/memory_hotplug.h \
    $(wildcard include/config/ARCH_HAS_ADD_PAGES) \
    $(wildcard include/config/MEMORY_HOTREMOVE) \
  arch/x86/include/generated/asm/mmzone.h \
  ../src-series/include/asm-generic/mmzone.h \
  ../src-series/include/linux/topology.h \
    $(wildcard include/config/USE_PERCPU_NUMA_NODE_ID) \
    $(wildcard include/config/SCHED_SMT) \
  ../src-series/include/linux/arch_topology.h \
    $(wildcard include/config/GENERIC_ARCH_TOPOLOGY) \
  ../src-series/arch/x86/include/asm/topology.h \
    $(wildcard include/config/SCHED_MC_PRIO) \
  ../src-series/arch/x86/include/asm/mpspec.h \
    $(wildcard include/config/EISA) \
    $(wildcard include/config/X86_MPPARSE) \
  ../src-series/arch/x86/include/asm/mpspec_def.h \
  ../src-series/arch/x86/include/asm/x86_init.h \
  ../src-series/include/asm-generic/topology.h \
  ../src-series/include/linux/cpu_smt.h \
    $(wildcard include/config/HOTPLUG_SMT) \
  ../src-series/include/linux/pgalloc_tag.h \
  ../src-series/include/linux/mmap_lock.h \
  ../src-series/include/linux/percpu-refcount.h \
  ../src-series/include/linux/bit_spinlock.h \
  ../src-series/include/linux/shrinker.h \
    $(wildcard include/config/SHRINKER_DEBUG) \
  ../src-series/include/linux/page_ext.h \
  ../src-series/include/linux/stacktrace.h \
    $(wildcard include/config/ARCH_STACKWALK) \
    $(wildcard include/config/STACKTRACE) \
    $(wildcard include/config/HAVE_RELIABLE_STACKTRACE) \
  ../src-series/include/linux/page_ref.h \
    $(wildcard include/config/DEBUG_PAGE_REF) \
  ../src-series/include/linux/sizes.h \
  ../src-series/include/linux/pgtable.h \
    $(wildcard include/config/ARCH_HAS_NONLEAF_PMD_YOUNG) \
    $(wildcard include/config/ARCH_HAS_HW_PTE_YOUNG) \
    $(wildcard include/config/GUP_GET_PXX_LOW_HIGH) \
    $(wildcard include/config/ARCH_WANT_PMD_MKWRITE) \
    $(wildcard include/config/HAVE_ARCH_TRANSPARENT_HUGEPAGE_PUD) \
    $(wildcard include/config/HAVE_ARCH_SOFT_DIRTY) \
    $(wildcard include/config/ARCH_ENABLE_THP_MIGRATION) \
    $(wildcard include/config/HAVE_ARCH_HUGE_VMAP) \
    $(wildcard include/config/X86_ESPFIX64) \
  ../src-series/arch/x86/include/asm/pgtable.h \
    $(wildcard include/config/DEBUG_WX) \
    $(wildcard include/config/PAGE_TABLE_CHECK) \
  ../src-series/arch/x86/include/asm/pkru.h \
  ../src-series/arch/x86/include/asm/fpu/api.h \
    $(wildcard include/config/X86_DEBUG_FPU) \
  ../src-series/arch/x86/include/asm/coco.h \
  ../src-series/include/asm-generic/pgtable_uffd.h \
  ../src-series/include/linux/page_table_check.h \
  ../src-series/arch/x86/include/asm/pgtable_64.h \
  ../src-series/arch/x86/include/asm/fixmap.h \
    $(wildcard include/config/PROVIDE_OHCI1394_DMA_INIT) \
    $(wildcard include/config/PCI_MMCONFIG) \
    $(wildcard include/config/ACPI_APEI_GHES) \
    $(wildcard include/config/INTEL_TXT) \
  ../src-series/arch/x86/include/uapi/asm/vsyscall.h \
  ../src-series/include/asm-generic/fixmap.h \
  ../src-series/arch/x86/include/asm/pgtable-invert.h \
  ../src-series/include/linux/kasan.h \
    $(wildcard include/config/KASAN_STACK) \
    $(wildcard include/config/KASAN_VMALLOC) \
  ../src-series/include/linux/kasan-enabled.h \
  ../src-series/include/linux/kasan-tags.h \
  ../src-series/include/linux/memremap.h \
    $(wildcard include/config/DEVICE_PRIVATE) \
    $(wildcard include/config/PCI_P2PDMA) \
  ../src-series/include/linux/ioport.h \
  ../src-series/include/linux/slab.h \
    $(wildcard include/config/FAILSLAB) \
    $(wildcard include/config/KFENCE) \
    $(wildcard include/config/SLUB_TINY) \
    $(wildcard include/config/SLUB_DEBUG) \
    $(wildcard include/config/SLAB_FREELIST_HARDENED) \
    $(wildcard include/config/SLAB_BUCKETS) \
  ../src-series/include/linux/hash.h \
    $(wildcard include/config/HAVE_ARCH_HASH) \
  ../src-series/include/linux/huge_mm.h \
    $(wildcard include/config/PGTABLE_HAS_HUGE_LEAVES) \
    $(wildcard include/config/READ_ONLY_THP_FOR_FS) \
  ../src-series/include/linux/sched/coredump.h \
    $(wildcard include/config/CORE_DUMP_DEFAULT_ELF_HEADERS) \
  ../src-series/include/linux/fs.h \
    $(wildcard include/config/FANOTIFY_ACCESS_PERMISSIONS) \
    $(wildcard include/config/FS_POSIX_ACL) \
    $(wildcard include/config/CGROUP_WRITEBACK) \
    $(wildcard include/config/IMA) \
    $(wildcard include/config/FILE_LOCKING) \
    $(wildcard include/config/FSNOTIFY) \
    $(wildcard include/config/FS_ENCRYPTION) \
    $(wildcard include/config/FS_VERITY) \
    $(wildcard include/config/EPOLL) \
    $(wildcard include/config/UNICODE) \
    $(wildcard include/config/QUOTA) \
    $(wildcard include/config/BLOCK) \
  ../src-series/include/linux/wait_bit.h \
  ../src-series/include/linux/kdev_t.h \
  ../src-series/include/uapi/linux/kdev_t.h \
  ../src-series/include/linux/dcache.h \
  ../src-series/include/linux/rculist.h \
    $(wildcard include/config/PROVE_RCU_LIST) \
  ../src-series/include/linux/rculist_bl.h \
  ../src-series/include/linux/list_bl.h \
  ../src-series/include/linux/lockref.h \
    $(wildcard include/config/ARCH_USE_CMPXCHG_LOCKREF) \
  ../src-series/include/linux/stringhash.h \
    $(wildcard include/config/DCACHE_WORD_ACCESS) \
  ../src-series/include/linux/path.h \
  ../src-series/include/linux/stat.h \
  ../src-series/arch/x86/include/uapi/asm/stat.h \
  ../src-series/include/uapi/linux/stat.h \
  ../src-series/include/linux/uidgid.h \
    $(wildcard include/config/MULTIUSER) \
    $(wildcard include/config/USER_NS) \
  ../src-series/include/linux/highuid.h \
  ../src-series/include/linux/list_lru.h \
  ../src-series/include/linux/xarray.h \
    $(wildcard include/config/XARRAY_MULTI) \
  ../src-series/include/linux/sched/mm.h \
    $(wildcard include/config/MMU_LAZY_TLB_REFCOUNT) \
    $(wildcard include/config/ARCH_HAS_MEMBARRIER_CALLBACKS) \
  ../src-series/include/linux/sync_core.h \
    $(wildcard include/config/ARCH_HAS_SYNC_CORE_BEFORE_USERMODE) \
    $(wildcard include/config/ARCH_HAS_PREPARE_SYNC_CORE_CMD) \
  ../src-series/arch/x86/include/asm/sync_core.h \
  ../src-series/include/linux/radix-tree.h \
  ../src-series/include/linux/pid.h \
  ../src-series/include/linux/capability.h \
  ../src-series/include/uapi/linux/capability.h \
  ../src-series/include/linux/semaphore.h \
  ../src-series/include/linux/fcntl.h \
    $(wildcard include/config/ARCH_32BIT_OFF_T) \
  ../src-series/include/uapi/linux/fcntl.h \
  arch/x86/include/generated/uapi/asm/fcntl.h \
  ../src-series/include/uapi/asm-generic/fcntl.h \
  ../src-series/include/uapi/linux/openat2.h \
  ../src-series/include/linux/migrate_mode.h \
  ../src-series/include/linux/percpu-rwsem.h \
  ../src-series/include/linux/rcuwait.h \
  ../src-series/include/linux/sched/signal.h \
    $(wildcard include/config/SCHED_AUTOGROUP) \
    $(wildcard include/config/BSD_PROCESS_ACCT) \
    $(wildcard include/config/TASKSTATS) \
  ../src-series/include/linux/signal.h \
    $(wildcard include/config/DYNAMIC_SIGFRAME) \
  ../src-series/include/linux/sched/jobctl.h \
  ../src-series/include/linux/sched/task.h \
    $(wildcard include/config/HAVE_EXIT_THREAD) \
    $(wildcard include/config/ARCH_WANTS_DYNAMIC_TASK_STRUCT) \
    $(wildcard include/config/HAVE_ARCH_THREAD_STRUCT_WHITELIST) \
  ../src-series/include/linux/uaccess.h \
    $(wildcard include/config/ARCH_HAS_SUBPAGE_FAULTS) \
  ../src-series/include/linux/fault-inject-usercopy.h \
    $(wildcard include/config/FAULT_INJECTION_USERCOPY) \
  ../src-series/include/linux/nospec.h \
  ../src-series/arch/x86/include/asm/uaccess.h \
    $(wildcard include/config/CC_HAS_ASM_GOTO_OUTPUT) \
    $(wildcard include/config/CC_HAS_ASM_GOTO_TIED_OUTPUT) \
    $(wildcard include/config/ARCH_HAS_COPY_MC) \
    $(wildcard include/config/X86_INTEL_USERCOPY) \
  ../src-series/arch/x86/include/asm/smap.h \
  ../src-series/arch/x86/include/asm/tlbflush.h \
  ../src-series/include/linux/mmu_notifier.h \
  ../src-series/include/linux/interval_tree.h \
  ../src-series/arch/x86/include/asm/invpcid.h \
  ../src-series/arch/x86/include/asm/pti.h \
  ../src-series/arch/x86/include/asm/uaccess_64.h \
  ../src-series/include/asm-generic/access_ok.h \
    $(wildcard include/config/ALTERNATE_USER_ADDRESS_SPACE) \
  ../src-series/include/linux/cred.h \
  ../src-series/include/linux/key.h \
    $(wildcard include/config/KEY_NOTIFICATIONS) \
    $(wildcard include/config/NET) \
  ../src-series/include/linux/sysctl.h \
  ../src-series/include/uapi/linux/sysctl.h \
  ../src-series/include/linux/assoc_array.h \
    $(wildcard include/config/ASSOCIATIVE_ARRAY) \
  ../src-series/include/linux/sched/user.h \
    $(wildcard include/config/VFIO_PCI_ZDEV_KVM) \
    $(wildcard include/config/IOMMUFD) \
    $(wildcard include/config/SECRETMEM) \
    $(wildcard include/config/WATCH_QUEUE) \
  ../src-series/include/linux/ratelimit.h \
  ../src-series/include/linux/posix-timers.h \
  ../src-series/include/linux/alarmtimer.h \
    $(wildcard include/config/RTC_CLASS) \
  ../src-series/include/linux/rcu_sync.h \
  ../src-series/include/linux/delayed_call.h \
  ../src-series/include/linux/uuid.h \
  ../src-series/include/linux/errseq.h \
  ../src-series/include/linux/ioprio.h \
  ../src-series/include/linux/sched/rt.h \
  ../src-series/include/linux/iocontext.h \
    $(wildcard include/config/BLK_ICQ) \
  ../src-series/include/uapi/linux/ioprio.h \
  ../src-series/include/linux/fs_types.h \
  ../src-series/include/linux/mount.h \
  ../src-series/include/linux/mnt_idmapping.h \
  ../src-series/include/linux/rw_hint.h \
  ../src-series/include/uapi/linux/fs.h \
  ../src-series/include/linux/quota.h \
    $(wildcard include/config/QUOTA_NETLINK_INTERFACE) \
  ../src-series/include/uapi/linux/dqblk_xfs.h \
  ../src-series/include/linux/dqblk_v1.h \
  ../src-series/include/linux/dqblk_v2.h \
  ../src-series/include/linux/dqblk_qtree.h \
  ../src-series/include/linux/projid.h \
  ../src-series/include/uapi/linux/quota.h \
  ../src-series/include/linux/kobject.h \
    $(wildcard include/config/UEVENT_HELPER) \
    $(wildcard include/config/DEBUG_KOBJECT_RELEASE) \
  ../src-series/include/linux/sysfs.h \
  ../src-series/include/linux/kernfs.h \
    $(wildcard include/config/KERNFS) \
  ../src-series/include/linux/idr.h \
  ../src-series/include/linux/kobject_ns.h \
  ../src-series/include/linux/secretmem.h \
  ../src-series/include/linux/vmstat.h \
    $(wildcard include/config/VM_EVENT_COUNTERS) \
    $(wildcard include/config/DEBUG_TLBFLUSH) \
    $(wildcard include/config/PER_VMA_LOCK_STATS) \
  ../src-series/include/linux/vm_event_item.h \
    $(wildcard include/config/MEMORY_BALLOON) \
    $(wildcard include/config/BALLOON_COMPACTION) \
    $(wildcard include/config/DEBUG_STACK_USAGE) \
  ../src-series/include/linux/module.h \
    $(wildcard include/config/MODULES_TREE_LOOKUP) \
    $(wildcard include/config/ARCH_USES_CFI_TRAPS) \
    $(wildcard include/config/MODULE_SIG) \
    $(wildcard include/config/BPF_EVENTS) \
    $(wildcard include/config/DEBUG_INFO_BTF_MODULES) \
    $(wildcard include/config/EVENT_TRACING) \
    $(wildcard include/config/MODULE_UNLOAD) \
    $(wildcard include/config/CONSTRUCTORS) \
    $(wildcard include/config/FUNCTION_ERROR_INJECTION) \
  ../src-series/include/linux/kmod.h \
  ../src-series/include/linux/umh.h \
  ../src-series/include/linux/elf.h \
    $(wildcard include/config/ARCH_HAVE_EXTRA_ELF_NOTES) \
    $(wildcard include/config/ARCH_USE_GNU_PROPERTY) \
    $(wildcard include/config/ARCH_HAVE_ELF_PROT) \
  ../src-series/arch/x86/include/asm/elf.h \
    $(wildcard include/config/X86_X32_ABI) \
  ../src-series/arch/x86/include/asm/ia32.h \
  ../src-series/arch/x86/include/asm/user.h \
  ../src-series/arch/x86/include/asm/user_64.h \
  ../src-series/arch/x86/include/asm/fsgsbase.h \
  ../src-series/arch/x86/include/asm/syscall.h \
    $(wildcard include/config/X86_X32_DISABLED) \
  ../src-series/include/uapi/linux/audit.h \
  ../src-series/include/uapi/linux/elf-em.h \
  ../src-series/arch/x86/include/asm/unistd.h \
  ../src-series/arch/x86/include/uapi/asm/unistd.h \
  arch/x86/include/generated/uapi/asm/unistd_64.h \
  arch/x86/include/generated/asm/unistd_64_x32.h \
  arch/x86/include/generated/asm/unistd_32_ia32.h \
  ../src-series/arch/x86/include/asm/vdso.h \
  ../src-series/include/uapi/linux/elf.h \
  ../src-series/include/linux/moduleparam.h \
    $(wildcard include/config/ALPHA) \
  ../src-series/include/linux/rbtree_latch.h \
  ../src-series/include/linux/error-injection.h \
  ../src-series/include/asm-generic/error-injection.h \
  ../src-series/include/linux/dynamic_debug.h \
  ../src-series/arch/x86/include/asm/module.h \
    $(wildcard include/config/UNWINDER_ORC) \
  ../src-series/include/asm-generic/module.h \
    $(wildcard include/config/HAVE_MOD_ARCH_SPECIFIC) \
    $(wildcard include/config/MODULES_USE_ELF_REL) \
    $(wildcard include/config/MODULES_USE_ELF_RELA) \
  ../src-series/include/linux/ptrace.h \
  ../src-series/include/linux/pid_namespace.h \
    $(wildcard include/config/MEMFD_CREATE) \
    $(wildcard include/config/PID_NS) \
  ../src-series/include/linux/nsproxy.h \
  ../src-series/include/linux/ns_common.h \
  ../src-series/include/uapi/linux/ptrace.h \
  ../src-series/include/linux/seccomp.h \
    $(wildcard include/config/HAVE_ARCH_SECCOMP_FILTER) \
    $(wildcard include/config/SECCOMP_FILTER) \
    $(wildcard include/config/CHECKPOINT_RESTORE) \
    $(wildcard include/config/SECCOMP_CACHE_DEBUG) \
  ../src-series/include/uapi/linux/seccomp.h \
  ../src-series/arch/x86/include/asm/ftrace.h \
    $(wildcard include/config/HAVE_FENTRY) \
  ../src-series/include/linux/objpool.h \
  ../src-series/include/linux/rethook.h \
  ../src-series/arch/x86/include/asm/kprobes.h \
  ../src-series/include/asm-generic/kprobes.h \
  ../src-series/arch/x86/include/asm/text-patching.h \
    $(wildcard include/config/UML_X86) \
  ../src-series/arch/x86/include/asm/insn.h \
  ../src-series/arch/x86/include/asm/inat.h \
  ../src-series/arch/x86/include/asm/inat_types.h \

/work/main/bench/speed/memmap_speed.o: $(deps_/work/main/bench/speed/memmap_speed.o)

$(deps_/work/main/bench/speed/memmap_speed.o):

/work/main/bench/speed/memmap_speed.o: $(wildcard ./tools/objtool/objtool)
