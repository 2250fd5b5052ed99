savedcmd_/work/main/bench/speed/.module-common.o := ccache gcc -Wp,-MMD,/work/main/bench/speed/..module-common.o.d -nostdinc -I/work/main/build/speed/src-base/arch/x86/include -I./arch/x86/include/generated -I/work/main/build/speed/src-base/include -I./include -I/work/main/build/speed/src-base/arch/x86/include/uapi -I./arch/x86/include/generated/uapi -I/work/main/build/speed/src-base/include/uapi -I./include/generated/uapi -include /work/main/build/speed/src-base/include/linux/compiler-version.h -include /work/main/build/speed/src-base/include/linux/kconfig.h -include /work/main/build/speed/src-base/include/linux/compiler_types.h -D__KERNEL__ -fmacro-prefix-map=/work/main/build/speed/src-base/= -std=gnu11 -fshort-wchar -funsigned-char -fno-common -fno-PIE -fno-strict-aliasing -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -fcf-protection=branch -fno-jump-tables -m64 -falign-jumps=1 -falign-loops=1 -mno-80387 -mno-fp-ret-in-387 -mpreferred-stack-boundary=3 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -Wno-sign-compare -fno-asynchronous-unwind-tables -fno-delete-null-pointer-checks -Os -fno-allow-store-data-races -fno-stack-protector -fomit-frame-pointer -ftrivial-auto-var-init=zero -fno-stack-clash-protection -falign-functions=16 -fno-strict-overflow -fno-stack-check -fconserve-stack -fno-builtin-wcslen -fno-builtin-wcslen -Wall -Wextra -Wundef -Werror=implicit-function-declaration -Werror=implicit-int -Werror=return-type -Werror=strict-prototypes -Wno-format-security -Wno-trigraphs -Wno-frame-address -Wno-address-of-packed-member -Wmissing-declarations -Wmissing-prototypes -Wframe-larger-than=1024 -Wno-main -Wno-dangling-pointer -Wvla -Wno-pointer-sign -Wcast-function-type -Wno-array-bounds -Wno-stringop-overflow -Wno-alloc-size-larger-than -Wimplicit-fallthrough=5 -Werror=date-time -Werror=incompatible-pointer-types -Werror=designated-init -Wenum-conversion -Wunused -Wno-unused-but-set-variable -Wno-unused-const-variable -Wno-packed-not-aligned -Wno-format-overflow -Wno-format-truncation -Wno-stringop-truncation -Wno-override-init -Wno-missing-field-initializers -Wno-type-limits -Wno-shift-negative-value -Wno-maybe-uninitialized -Wno-sign-compare -Wno-unused-parameter -DMODULE -DKBUILD_BASENAME='".module_common"' -DKBUILD_MODNAME='".module_common.o"' -D__KBUILD_MODNAME=kmod_.module_common.o -c -o /work/main/bench/speed/.module-common.o /work/main/build/speed/src-base/scripts/module-common.c

source_/work/main/bench/speed/.module-common.o := ../src-base/scripts/module-common.c

deps_/work/main/bench/speed/.module-common.o := \
    $(wildcard include/config/UNWINDER_ORC) \
    $(wildcard include/config/MITIGATION_RETPOLINE) \
  ../src-base/include/linux/compiler-version.h \
    $(wildcard include/config/CC_VERSION_TEXT) \
  ../src-base/include/linux/kconfig.h \
    $(wildcard include/config/CPU_BIG_ENDIAN) \
    $(wildcard include/config/BOOGER) \
    $(wildcard include/config/FOO) \
  ../src-base/include/linux/compiler_types.h \
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
  ../src-base/include/linux/compiler-context-analysis.h \
  ../src-base/include/linux/compiler_attributes.h \
  ../src-base/include/linux/compiler-gcc.h \
    $(wildcard include/config/ARCH_USE_BUILTIN_BSWAP) \
    $(wildcard include/config/SHADOW_CALL_STACK) \
    $(wildcard include/config/KCOV) \
  ../src-base/include/linux/module.h \
    $(wildcard include/config/MODULES) \
    $(wildcard include/config/SYSFS) \
    $(wildcard include/config/MODULES_TREE_LOOKUP) \
    $(wildcard include/config/LIVEPATCH) \
    $(wildcard include/config/STACKTRACE_BUILD_ID) \
    $(wildcard include/config/ARCH_USES_CFI_TRAPS) \
    $(wildcard include/config/MODULE_SIG) \
    $(wildcard include/config/GENERIC_BUG) \
    $(wildcard include/config/KALLSYMS) \
    $(wildcard include/config/SMP) \
    $(wildcard include/config/TRACEPOINTS) \
    $(wildcard include/config/TREE_SRCU) \
    $(wildcard include/config/BPF_EVENTS) \
    $(wildcard include/config/DEBUG_INFO_BTF_MODULES) \
    $(wildcard include/config/JUMP_LABEL) \
    $(wildcard include/config/TRACING) \
    $(wildcard include/config/EVENT_TRACING) \
    $(wildcard include/config/FTRACE_MCOUNT_RECORD) \
    $(wildcard include/config/KPROBES) \
    $(wildcard include/config/HAVE_STATIC_CALL_INLINE) \
    $(wildcard include/config/KUNIT) \
    $(wildcard include/config/PRINTK_INDEX) \
    $(wildcard include/config/MODULE_UNLOAD) \
    $(wildcard include/config/MITIGATION_ITS) \
    $(wildcard include/config/CONSTRUCTORS) \
    $(wildcard include/config/FUNCTION_ERROR_INJECTION) \
    $(wildcard include/config/DYNAMIC_DEBUG_CORE) \
  ../src-base/include/linux/list.h \
    $(wildcard include/config/LIST_HARDENED) \
    $(wildcard include/config/DEBUG_LIST) \
  ../src-base/include/linux/container_of.h \
  ../src-base/include/linux/build_bug.h \
  ../src-base/include/linux/compiler.h \
    $(wildcard include/config/TRACE_BRANCH_PROFILING) \
    $(wildcard include/config/PROFILE_ALL_BRANCHES) \
    $(wildcard include/config/OBJTOOL) \
    $(wildcard include/config/64BIT) \
  arch/x86/include/generated/asm/rwonce.h \
  ../src-base/include/asm-generic/rwonce.h \
  ../src-base/include/linux/kasan-checks.h \
    $(wildcard include/config/KASAN_GENERIC) \
    $(wildcard include/config/KASAN_SW_TAGS) \
  ../src-base/include/linux/types.h \
    $(wildcard include/config/HAVE_UID16) \
    $(wildcard include/config/UID16) \
    $(wildcard include/config/ARCH_DMA_ADDR_T_64BIT) \
    $(wildcard include/config/PHYS_ADDR_T_64BIT) \
    $(wildcard include/config/ARCH_32BIT_USTAT_F_TINODE) \
  ../src-base/include/uapi/linux/types.h \
  arch/x86/include/generated/uapi/asm/types.h \
  ../src-base/include/uapi/asm-generic/types.h \
  ../src-base/include/asm-generic/int-ll64.h \
  ../src-base/include/uapi/asm-generic/int-ll64.h \
  ../src-base/arch/x86/include/uapi/asm/bitsperlong.h \
  ../src-base/include/asm-generic/bitsperlong.h \
  ../src-base/include/uapi/asm-generic/bitsperlong.h \
  ../src-base/include/uapi/linux/posix_types.h \
  ../src-base/include/linux/stddef.h \
  ../src-base/include/uapi/linux/stddef.h \
  ../src-base/arch/x86/include/asm/posix_types.h \
    $(wildcard include/config/X86_32) \
  ../src-base/arch/x86/include/uapi/asm/posix_types_64.h \
  ../src-base/include/uapi/asm-generic/posix_types.h \
  ../src-base/include/linux/kcsan-checks.h \
    $(wildcard include/config/KCSAN_WEAK_MEMORY) \
    $(wildcard include/config/KCSAN_IGNORE_ATOMICS) \
  ../src-base/include/linux/poison.h \
    $(wildcard include/config/ILLEGAL_POINTER_VALUE) \
  ../src-base/include/linux/const.h \
  ../src-base/include/vdso/const.h \
  ../src-base/include/uapi/linux/const.h \
  ../src-base/arch/x86/include/asm/barrier.h \
  ../src-base/arch/x86/include/asm/alternative.h \
    $(wildcard include/config/CALL_THUNKS) \
    $(wildcard include/config/MITIGATION_RETHUNK) \
  ../src-base/include/linux/stringify.h \
  ../src-base/arch/x86/include/asm/asm.h \
  ../src-base/arch/x86/include/asm/extable_fixup_types.h \
  ../src-base/arch/x86/include/asm/bug.h \
    $(wildcard include/config/DEBUG_BUGVERBOSE) \
  ../src-base/include/linux/instrumentation.h \
    $(wildcard include/config/NOINSTR_VALIDATION) \
  ../src-base/include/linux/objtool.h \
    $(wildcard include/config/FRAME_POINTER) \
    $(wildcard include/config/MITIGATION_UNRET_ENTRY) \
    $(wildcard include/config/MITIGATION_SRSO) \
  ../src-base/include/linux/objtool_types.h \
  ../src-base/include/asm-generic/bug.h \
    $(wildcard include/config/BUG) \
    $(wildcard include/config/GENERIC_BUG_RELATIVE_POINTERS) \
  ../src-base/include/linux/once_lite.h \
  ../src-base/include/linux/panic.h \
    $(wildcard include/config/PANIC_TIMEOUT) \
  ../src-base/include/linux/printk.h \
    $(wildcard include/config/MESSAGE_LOGLEVEL_DEFAULT) \
    $(wildcard include/config/CONSOLE_LOGLEVEL_DEFAULT) \
    $(wildcard include/config/CONSOLE_LOGLEVEL_QUIET) \
    $(wildcard include/config/EARLY_PRINTK) \
    $(wildcard include/config/PRINTK) \
    $(wildcard include/config/DYNAMIC_DEBUG) \
  ../src-base/include/linux/stdarg.h \
  ../src-base/include/linux/init.h \
    $(wildcard include/config/MEMORY_HOTPLUG) \
    $(wildcard include/config/HAVE_ARCH_PREL32_RELOCATIONS) \
  ../src-base/include/linux/kern_levels.h \
  ../src-base/include/linux/linkage.h \
    $(wildcard include/config/ARCH_USE_SYM_ANNOTATIONS) \
  ../src-base/include/linux/export.h \
    $(wildcard include/config/MODVERSIONS) \
  ../src-base/arch/x86/include/asm/linkage.h \
    $(wildcard include/config/CALL_PADDING) \
    $(wildcard include/config/MITIGATION_SLS) \
    $(wildcard include/config/FUNCTION_PADDING_BYTES) \
    $(wildcard include/config/UML) \
  ../src-base/arch/x86/include/asm/ibt.h \
    $(wildcard include/config/X86_KERNEL_IBT) \
  ../src-base/include/linux/ratelimit_types.h \
  ../src-base/include/linux/bits.h \
  ../src-base/include/vdso/bits.h \
  ../src-base/include/uapi/linux/bits.h \
  ../src-base/include/linux/overflow.h \
  ../src-base/include/linux/limits.h \
  ../src-base/include/uapi/linux/limits.h \
  ../src-base/include/vdso/limits.h \
  ../src-base/include/uapi/linux/param.h \
  arch/x86/include/generated/uapi/asm/param.h \
  ../src-base/include/asm-generic/param.h \
    $(wildcard include/config/HZ) \
  ../src-base/include/uapi/asm-generic/param.h \
  ../src-base/include/linux/spinlock_types_raw.h \
    $(wildcard include/config/DEBUG_SPINLOCK) \
    $(wildcard include/config/DEBUG_LOCK_ALLOC) \
  ../src-base/arch/x86/include/asm/spinlock_types.h \
  ../src-base/include/asm-generic/qspinlock_types.h \
    $(wildcard include/config/NR_CPUS) \
  ../src-base/include/asm-generic/qrwlock_types.h \
  ../src-base/arch/x86/include/uapi/asm/byteorder.h \
  ../src-base/include/linux/byteorder/little_endian.h \
  ../src-base/include/uapi/linux/byteorder/little_endian.h \
  ../src-base/include/linux/swab.h \
  ../src-base/include/uapi/linux/swab.h \
  ../src-base/arch/x86/include/uapi/asm/swab.h \
  ../src-base/include/linux/byteorder/generic.h \
  ../src-base/include/linux/lockdep_types.h \
    $(wildcard include/config/PROVE_RAW_LOCK_NESTING) \
    $(wildcard include/config/LOCKDEP) \
    $(wildcard include/config/LOCK_STAT) \
  ../src-base/arch/x86/include/asm/nops.h \
  ../src-base/include/asm-generic/barrier.h \
  ../src-base/include/linux/stat.h \
  ../src-base/arch/x86/include/uapi/asm/stat.h \
  ../src-base/include/uapi/linux/stat.h \
  ../src-base/include/linux/time.h \
    $(wildcard include/config/POSIX_TIMERS) \
  ../src-base/include/linux/cache.h \
    $(wildcard include/config/ARCH_HAS_CACHE_LINE_SIZE) \
  ../src-base/include/uapi/linux/kernel.h \
  ../src-base/include/uapi/linux/sysinfo.h \
  ../src-base/arch/x86/include/asm/cache.h \
    $(wildcard include/config/X86_L1_CACHE_SHIFT) \
    $(wildcard include/config/X86_INTERNODE_CACHE_SHIFT) \
    $(wildcard include/config/X86_VSMP) \
  ../src-base/include/linux/math64.h \
    $(wildcard include/config/ARCH_SUPPORTS_INT128) \
  ../src-base/include/linux/math.h \
  ../src-base/arch/x86/include/asm/div64.h \
  ../src-base/include/asm-generic/div64.h \
  ../src-base/include/vdso/math64.h \
  ../src-base/include/linux/time64.h \
  ../src-base/include/vdso/time64.h \
  ../src-base/include/uapi/linux/time.h \
  ../src-base/include/uapi/linux/time_types.h \
  ../src-base/include/linux/time32.h \
  ../src-base/include/linux/timex.h \
  ../src-base/include/uapi/linux/timex.h \
  ../src-base/arch/x86/include/asm/timex.h \
    $(wildcard include/config/X86_TSC) \
  ../src-base/arch/x86/include/asm/processor.h \
    $(wildcard include/config/X86_VMX_FEATURE_NAMES) \
    $(wildcard include/config/X86_IOPL_IOPERM) \
    $(wildcard include/config/STACKPROTECTOR) \
    $(wildcard include/config/VM86) \
    $(wildcard include/config/X86_USER_SHADOW_STACK) \
    $(wildcard include/config/USE_X86_SEG_SUPPORT) \
    $(wildcard include/config/PARAVIRT_XXL) \
    $(wildcard include/config/CPU_SUP_AMD) \
    $(wildcard include/config/XEN) \
  ../src-base/arch/x86/include/asm/processor-flags.h \
    $(wildcard include/config/MITIGATION_PAGE_TABLE_ISOLATION) \
  ../src-base/arch/x86/include/uapi/asm/processor-flags.h \
  ../src-base/include/linux/mem_encrypt.h \
    $(wildcard include/config/ARCH_HAS_MEM_ENCRYPT) \
    $(wildcard include/config/AMD_MEM_ENCRYPT) \
  ../src-base/arch/x86/include/asm/mem_encrypt.h \
    $(wildcard include/config/X86_MEM_ENCRYPT) \
  ../src-base/include/linux/cc_platform.h \
    $(wildcard include/config/ARCH_HAS_CC_PLATFORM) \
  ../src-base/arch/x86/include/asm/math_emu.h \
  ../src-base/arch/x86/include/asm/ptrace.h \
    $(wildcard include/config/PARAVIRT) \
    $(wildcard include/config/IA32_EMULATION) \
    $(wildcard include/config/X86_DEBUGCTLMSR) \
  ../src-base/arch/x86/include/asm/segment.h \
    $(wildcard include/config/XEN_PV) \
  ../src-base/arch/x86/include/asm/page_types.h \
    $(wildcard include/config/PAGE_SHIFT) \
    $(wildcard include/config/PHYSICAL_START) \
    $(wildcard include/config/PHYSICAL_ALIGN) \
    $(wildcard include/config/DYNAMIC_PHYSICAL_MASK) \
  ../src-base/arch/x86/include/asm/page_64_types.h \
    $(wildcard include/config/KASAN) \
    $(wildcard include/config/DYNAMIC_MEMORY_LAYOUT) \
    $(wildcard include/config/X86_5LEVEL) \
    $(wildcard include/config/RANDOMIZE_BASE) \
  ../src-base/arch/x86/include/asm/kaslr.h \
    $(wildcard include/config/RANDOMIZE_MEMORY) \
  ../src-base/arch/x86/include/uapi/asm/ptrace.h \
  ../src-base/arch/x86/include/uapi/asm/ptrace-abi.h \
  ../src-base/arch/x86/include/asm/proto.h \
  ../src-base/arch/x86/include/uapi/asm/ldt.h \
  ../src-base/arch/x86/include/uapi/asm/sigcontext.h \
  ../src-base/arch/x86/include/asm/current.h \
    $(wildcard include/config/MITIGATION_CALL_DEPTH_TRACKING) \
  ../src-base/arch/x86/include/asm/percpu.h \
    $(wildcard include/config/X86_64_SMP) \
    $(wildcard include/config/CC_HAS_NAMED_AS) \
  ../src-base/include/asm-generic/percpu.h \
    $(wildcard include/config/DEBUG_PREEMPT) \
    $(wildcard include/config/HAVE_SETUP_PER_CPU_AREA) \
  ../src-base/include/linux/threads.h \
    $(wildcard include/config/BASE_SMALL) \
  ../src-base/include/linux/percpu-defs.h \
    $(wildcard include/config/DEBUG_FORCE_WEAK_PER_CPU) \
  ../src-base/arch/x86/include/asm/cpufeatures.h \
  ../src-base/arch/x86/include/asm/required-features.h \
    $(wildcard include/config/X86_MINIMUM_CPU_FAMILY) \
    $(wildcard include/config/MATH_EMULATION) \
    $(wildcard include/config/X86_PAE) \
    $(wildcard include/config/X86_CMPXCHG64) \
    $(wildcard include/config/X86_CMOV) \
    $(wildcard include/config/X86_P6_NOP) \
    $(wildcard include/config/MATOM) \
  ../src-base/arch/x86/include/asm/disabled-features.h \
    $(wildcard include/config/X86_UMIP) \
    $(wildcard include/config/X86_INTEL_MEMORY_PROTECTION_KEYS) \
    $(wildcard include/config/ADDRESS_MASKING) \
    $(wildcard include/config/INTEL_IOMMU_SVM) \
    $(wildcard include/config/X86_SGX) \
    $(wildcard include/config/INTEL_TDX_GUEST) \
    $(wildcard include/config/X86_FRED) \
    $(wildcard include/config/KVM_AMD_SEV) \
  ../src-base/arch/x86/include/asm/cpuid.h \
  ../src-base/arch/x86/include/asm/string.h \
  ../src-base/arch/x86/include/asm/string_64.h \
    $(wildcard include/config/KMSAN) \
    $(wildcard include/config/ARCH_HAS_UACCESS_FLUSHCACHE) \
  ../src-base/include/linux/jump_label.h \
    $(wildcard include/config/HAVE_ARCH_JUMP_LABEL_RELATIVE) \
  ../src-base/include/linux/atomic.h \
  ../src-base/arch/x86/include/asm/atomic.h \
  ../src-base/arch/x86/include/asm/cmpxchg.h \
  ../src-base/arch/x86/include/asm/cmpxchg_64.h \
  ../src-base/arch/x86/include/asm/rmwcc.h \
  ../src-base/include/linux/args.h \
  ../src-base/arch/x86/include/asm/atomic64_64.h \
  ../src-base/include/linux/atomic/atomic-arch-fallback.h \
    $(wildcard include/config/GENERIC_ATOMIC64) \
  ../src-base/include/linux/atomic/atomic-long.h \
  ../src-base/include/linux/atomic/atomic-instrumented.h \
  ../src-base/include/linux/instrumented.h \
  ../src-base/include/linux/kmsan-checks.h \
  ../src-base/include/linux/bug.h \
    $(wildcard include/config/BUG_ON_DATA_CORRUPTION) \
  ../src-base/arch/x86/include/asm/page.h \
  ../src-base/arch/x86/include/asm/page_64.h \
    $(wildcard include/config/DEBUG_VIRTUAL) \
    $(wildcard include/config/X86_VSYSCALL_EMULATION) \
  ../src-base/include/linux/range.h \
  ../src-base/include/asm-generic/memory_model.h \
    $(wildcard include/config/FLATMEM) \
    $(wildcard include/config/SPARSEMEM_VMEMMAP) \
    $(wildcard include/config/SPARSEMEM) \
  ../src-base/include/linux/pfn.h \
  ../src-base/include/asm-generic/getorder.h \
  ../src-base/include/linux/log2.h \
    $(wildcard include/config/ARCH_HAS_ILOG2_U32) \
    $(wildcard include/config/ARCH_HAS_ILOG2_U64) \
  ../src-base/include/linux/bitops.h \
  ../src-base/include/linux/typecheck.h \
  ../src-base/include/asm-generic/bitops/generic-non-atomic.h \
  ../src-base/arch/x86/include/asm/bitops.h \
  ../src-base/include/asm-generic/bitops/sched.h \
  ../src-base/arch/x86/include/asm/arch_hweight.h \
  ../src-base/include/asm-generic/bitops/const_hweight.h \
  ../src-base/include/asm-generic/bitops/instrumented-atomic.h \
  ../src-base/include/asm-generic/bitops/instrumented-non-atomic.h \
    $(wildcard include/config/KCSAN_ASSUME_PLAIN_WRITES_ATOMIC) \
  ../src-base/include/asm-generic/bitops/instrumented-lock.h \
  ../src-base/include/asm-generic/bitops/le.h \
  ../src-base/include/asm-generic/bitops/ext2-atomic-setbit.h \
  ../src-base/arch/x86/include/asm/pgtable_types.h \
    $(wildcard include/config/MEM_SOFT_DIRTY) \
    $(wildcard include/config/HAVE_ARCH_USERFAULTFD_WP) \
    $(wildcard include/config/PGTABLE_LEVELS) \
    $(wildcard include/config/PROC_FS) \
  ../src-base/arch/x86/include/asm/pgtable_64_types.h \
    $(wildcard include/config/DEBUG_KMAP_LOCAL_FORCE_MAP) \
  ../src-base/arch/x86/include/asm/sparsemem.h \
  ../src-base/arch/x86/include/asm/desc_defs.h \
  ../src-base/arch/x86/include/asm/special_insns.h \
  ../src-base/include/linux/errno.h \
  ../src-base/include/uapi/linux/errno.h \
  arch/x86/include/generated/uapi/asm/errno.h \
  ../src-base/include/uapi/asm-generic/errno.h \
  ../src-base/include/uapi/asm-generic/errno-base.h \
  ../src-base/include/linux/irqflags.h \
    $(wildcard include/config/PROVE_LOCKING) \
    $(wildcard include/config/TRACE_IRQFLAGS) \
    $(wildcard include/config/PREEMPT_RT) \
    $(wildcard include/config/IRQSOFF_TRACER) \
    $(wildcard include/config/PREEMPT_TRACER) \
    $(wildcard include/config/DEBUG_IRQFLAGS) \
    $(wildcard include/config/TRACE_IRQFLAGS_SUPPORT) \
  ../src-base/include/linux/irqflags_types.h \
  ../src-base/include/linux/cleanup.h \
  ../src-base/arch/x86/include/asm/irqflags.h \
    $(wildcard include/config/DEBUG_ENTRY) \
  ../src-base/arch/x86/include/asm/nospec-branch.h \
    $(wildcard include/config/CALL_THUNKS_DEBUG) \
    $(wildcard include/config/MITIGATION_IBPB_ENTRY) \
    $(wildcard include/config/BPF_JIT) \
  ../src-base/include/linux/static_key.h \
  ../src-base/arch/x86/include/asm/msr-index.h \
  ../src-base/arch/x86/include/asm/unwind_hints.h \
  ../src-base/arch/x86/include/asm/orc_types.h \
  ../src-base/arch/x86/include/asm/fpu/types.h \
  ../src-base/arch/x86/include/asm/vmxfeatures.h \
  ../src-base/arch/x86/include/asm/vdso/processor.h \
  ../src-base/arch/x86/include/asm/shstk.h \
  ../src-base/include/linux/personality.h \
  ../src-base/include/uapi/linux/personality.h \
  ../src-base/include/linux/err.h \
  ../src-base/arch/x86/include/asm/tsc.h \
  ../src-base/arch/x86/include/asm/cpufeature.h \
  ../src-base/arch/x86/include/asm/msr.h \
  ../src-base/arch/x86/include/asm/cpumask.h \
  ../src-base/include/linux/cpumask.h \
    $(wildcard include/config/FORCE_NR_CPUS) \
    $(wildcard include/config/HOTPLUG_CPU) \
    $(wildcard include/config/DEBUG_PER_CPU_MAPS) \
    $(wildcard include/config/CPUMASK_OFFSTACK) \
  ../src-base/include/linux/kernel.h \
    $(wildcard include/config/PREEMPT_VOLUNTARY_BUILD) \
    $(wildcard include/config/PREEMPT_DYNAMIC) \
    $(wildcard include/config/HAVE_PREEMPT_DYNAMIC_CALL) \
    $(wildcard include/config/HAVE_PREEMPT_DYNAMIC_KEY) \
    $(wildcard include/config/PREEMPT_) \
    $(wildcard include/config/DEBUG_ATOMIC_SLEEP) \
    $(wildcard include/config/MMU) \
  ../src-base/include/linux/align.h \
  ../src-base/include/linux/array_size.h \
  ../src-base/include/linux/hex.h \
  ../src-base/include/linux/kstrtox.h \
  ../src-base/include/linux/minmax.h \
  ../src-base/include/linux/sprintf.h \
  ../src-base/include/linux/static_call_types.h \
    $(wildcard include/config/HAVE_STATIC_CALL) \
  ../src-base/include/linux/instruction_pointer.h \
  ../src-base/include/linux/wordpart.h \
  ../src-base/include/linux/bitmap.h \
  ../src-base/include/linux/find.h \
  ../src-base/include/linux/string.h \
    $(wildcard include/config/BINARY_PRINTF) \
    $(wildcard include/config/FORTIFY_SOURCE) \
  ../src-base/include/uapi/linux/string.h \
  ../src-base/include/linux/bitmap-str.h \
  ../src-base/include/linux/cpumask_types.h \
  ../src-base/include/linux/gfp_types.h \
    $(wildcard include/config/KASAN_HW_TAGS) \
    $(wildcard include/config/SLAB_OBJ_EXT) \
  ../src-base/include/linux/numa.h \
    $(wildcard include/config/NODES_SHIFT) \
    $(wildcard include/config/NUMA_KEEP_MEMINFO) \
    $(wildcard include/config/NUMA) \
    $(wildcard include/config/HAVE_ARCH_NODE_DEV_GROUP) \
  ../src-base/arch/x86/include/uapi/asm/msr.h \
  ../src-base/include/uapi/linux/ioctl.h \
  arch/x86/include/generated/uapi/asm/ioctl.h \
  ../src-base/include/asm-generic/ioctl.h \
  ../src-base/include/uapi/asm-generic/ioctl.h \
  ../src-base/arch/x86/include/asm/shared/msr.h \
  ../src-base/include/linux/percpu.h \
    $(wildcard include/config/MEM_ALLOC_PROFILING) \
    $(wildcard include/config/RANDOM_KMALLOC_CACHES) \
    $(wildcard include/config/PAGE_SIZE_4KB) \
    $(wildcard include/config/NEED_PER_CPU_PAGE_FIRST_CHUNK) \
  ../src-base/include/linux/alloc_tag.h \
    $(wildcard include/config/MEM_ALLOC_PROFILING_DEBUG) \
    $(wildcard include/config/MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT) \
  ../src-base/include/linux/codetag.h \
    $(wildcard include/config/CODE_TAGGING) \
  ../src-base/include/linux/preempt.h \
    $(wildcard include/config/PREEMPT_COUNT) \
    $(wildcard include/config/TRACE_PREEMPT_TOGGLE) \
    $(wildcard include/config/PREEMPTION) \
    $(wildcard include/config/PREEMPT_NOTIFIERS) \
    $(wildcard include/config/PREEMPT_NONE) \
    $(wildcard include/config/PREEMPT_VOLUNTARY) \
    $(wildcard include/config/PREEMPT) \
  ../src-base/arch/x86/include/asm/preempt.h \
  ../src-base/include/linux/smp.h \
    $(wildcard include/config/UP_LATE_INIT) \
    $(wildcard include/config/CSD_LOCK_WAIT_DEBUG) \
  ../src-base/include/linux/smp_types.h \
  ../src-base/include/linux/llist.h \
    $(wildcard include/config/ARCH_HAVE_NMI_SAFE_CMPXCHG) \
  ../src-base/include/linux/thread_info.h \
    $(wildcard include/config/THREAD_INFO_IN_TASK) \
    $(wildcard include/config/GENERIC_ENTRY) \
    $(wildcard include/config/HAVE_ARCH_WITHIN_STACK_FRAMES) \
    $(wildcard include/config/HARDENED_USERCOPY) \
    $(wildcard include/config/SH) \
  ../src-base/include/linux/restart_block.h \
  ../src-base/arch/x86/include/asm/thread_info.h \
    $(wildcard include/config/COMPAT) \
  ../src-base/arch/x86/include/asm/smp.h \
    $(wildcard include/config/DEBUG_NMI_SELFTEST) \
  ../src-base/include/linux/mmdebug.h \
    $(wildcard include/config/DEBUG_VM) \
    $(wildcard include/config/DEBUG_VM_IRQSOFF) \
    $(wildcard include/config/DEBUG_VM_PGFLAGS) \
  ../src-base/include/linux/sched.h \
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
    $(wildcard include/config/PREEMPT_RCU) \
    $(wildcard include/config/TASKS_RCU) \
    $(wildcard include/config/TASKS_TRACE_RCU) \
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
    $(wildcard include/config/NO_HZ_FULL) \
    $(wildcard include/config/POSIX_CPUTIMERS) \
    $(wildcard include/config/POSIX_CPU_TIMERS_TASK_WORK) \
    $(wildcard include/config/KEYS) \
    $(wildcard include/config/SYSVIPC) \
    $(wildcard include/config/DETECT_HUNG_TASK) \
    $(wildcard include/config/IO_URING) \
    $(wildcard include/config/AUDIT) \
    $(wildcard include/config/AUDITSYSCALL) \
    $(wildcard include/config/DEBUG_MUTEXES) \
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
    $(wildcard include/config/FUNCTION_GRAPH_TRACER) \
    $(wildcard include/config/MEMCG) \
    $(wildcard include/config/UPROBES) \
    $(wildcard include/config/BCACHE) \
    $(wildcard include/config/VMAP_STACK) \
    $(wildcard include/config/SECURITY) \
    $(wildcard include/config/BPF_SYSCALL) \
    $(wildcard include/config/GCC_PLUGIN_STACKLEAK) \
    $(wildcard include/config/RANDOMIZE_KSTACK_OFFSET) \
    $(wildcard include/config/X86_MCE) \
    $(wildcard include/config/KRETPROBES) \
    $(wildcard include/config/RETHOOK) \
    $(wildcard include/config/ARCH_HAS_PARANOID_L1D_FLUSH) \
    $(wildcard include/config/RV) \
    $(wildcard include/config/USER_EVENTS) \
  ../src-base/include/uapi/linux/sched.h \
  ../src-base/include/linux/pid_types.h \
  ../src-base/include/linux/sem_types.h \
  ../src-base/include/linux/shm.h \
  ../src-base/arch/x86/include/asm/shmparam.h \
  ../src-base/include/linux/kmsan_types.h \
  ../src-base/include/linux/mutex_types.h \
    $(wildcard include/config/MUTEX_SPIN_ON_OWNER) \
  ../src-base/include/linux/osq_lock.h \
  ../src-base/include/linux/spinlock_types.h \
  ../src-base/include/linux/rwlock_types.h \
  ../src-base/include/linux/plist_types.h \
  ../src-base/include/linux/hrtimer_types.h \
  ../src-base/include/linux/timerqueue_types.h \
  ../src-base/include/linux/rbtree_types.h \
  ../src-base/include/linux/timer_types.h \
  ../src-base/include/linux/seccomp_types.h \
    $(wildcard include/config/SECCOMP) \
  ../src-base/include/linux/nodemask_types.h \
  ../src-base/include/linux/refcount_types.h \
  ../src-base/include/linux/resource.h \
  ../src-base/include/uapi/linux/resource.h \
  arch/x86/include/generated/uapi/asm/resource.h \
  ../src-base/include/asm-generic/resource.h \
  ../src-base/include/uapi/asm-generic/resource.h \
  ../src-base/include/linux/latencytop.h \
  ../src-base/include/linux/sched/prio.h \
  ../src-base/include/linux/sched/types.h \
  ../src-base/include/linux/signal_types.h \
    $(wildcard include/config/OLD_SIGACTION) \
  ../src-base/include/uapi/linux/signal.h \
  ../src-base/arch/x86/include/asm/signal.h \
  ../src-base/arch/x86/include/uapi/asm/signal.h \
  ../src-base/include/uapi/asm-generic/signal-defs.h \
  ../src-base/arch/x86/include/uapi/asm/siginfo.h \
  ../src-base/include/uapi/asm-generic/siginfo.h \
  ../src-base/include/linux/syscall_user_dispatch_types.h \
  ../src-base/include/linux/mm_types_task.h \
    $(wildcard include/config/ARCH_WANT_BATCHED_UNMAP_TLB_FLUSH) \
  ../src-base/arch/x86/include/asm/tlbbatch.h \
  ../src-base/include/linux/netdevice_xmit.h \
    $(wildcard include/config/NET_ACT_MIRRED) \
    $(wildcard include/config/NET_EGRESS) \
  ../src-base/include/linux/task_io_accounting.h \
    $(wildcard include/config/TASK_IO_ACCOUNTING) \
  ../src-base/include/linux/posix-timers_types.h \
  ../src-base/include/uapi/linux/rseq.h \
  ../src-base/include/linux/seqlock_types.h \
  ../src-base/include/linux/kcsan.h \
  ../src-base/include/linux/rv.h \
    $(wildcard include/config/RV_REACTORS) \
  ../src-base/include/linux/livepatch_sched.h \
  ../src-base/include/linux/uidgid_types.h \
  arch/x86/include/generated/asm/kmap_size.h \
  ../src-base/include/asm-generic/kmap_size.h \
    $(wildcard include/config/DEBUG_KMAP_LOCAL) \
  ../src-base/include/linux/sched/ext.h \
    $(wildcard include/config/EXT_GROUP_SCHED) \
  ../src-base/include/linux/spinlock.h \
  ../src-base/include/linux/bottom_half.h \
  ../src-base/include/linux/lockdep.h \
    $(wildcard include/config/DEBUG_LOCKING_API_SELFTESTS) \
  arch/x86/include/generated/asm/mmiowb.h \
  ../src-base/include/asm-generic/mmiowb.h \
    $(wildcard include/config/MMIOWB) \
  ../src-base/arch/x86/include/asm/spinlock.h \
  ../src-base/arch/x86/include/asm/paravirt.h \
    $(wildcard include/config/PARAVIRT_SPINLOCKS) \
  ../src-base/arch/x86/include/asm/paravirt_types.h \
    $(wildcard include/config/ZERO_CALL_USED_REGS) \
    $(wildcard include/config/PARAVIRT_DEBUG) \
  ../src-base/arch/x86/include/asm/qspinlock.h \
  ../src-base/include/asm-generic/qspinlock.h \
  ../src-base/arch/x86/include/asm/qrwlock.h \
  ../src-base/include/asm-generic/qrwlock.h \
  ../src-base/include/linux/rwlock.h \
  ../src-base/include/linux/spinlock_api_smp.h \
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
  ../src-base/include/linux/rwlock_api_smp.h \
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
  ../src-base/include/linux/tracepoint-defs.h \
  ../src-base/include/vdso/time32.h \
  ../src-base/include/vdso/time.h \
  ../src-base/include/linux/uidgid.h \
    $(wildcard include/config/MULTIUSER) \
    $(wildcard include/config/USER_NS) \
  ../src-base/include/linux/highuid.h \
  ../src-base/include/linux/buildid.h \
    $(wildcard include/config/VMCORE_INFO) \
  ../src-base/include/linux/kmod.h \
  ../src-base/include/linux/umh.h \
  ../src-base/include/linux/gfp.h \
    $(wildcard include/config/HIGHMEM) \
    $(wildcard include/config/ZONE_DMA) \
    $(wildcard include/config/ZONE_DMA32) \
    $(wildcard include/config/ZONE_DEVICE) \
    $(wildcard include/config/CONTIG_ALLOC) \
  ../src-base/include/linux/mmzone.h \
    $(wildcard include/config/ARCH_FORCE_MAX_ORDER) \
    $(wildcard include/config/CMA) \
    $(wildcard include/config/MEMORY_ISOLATION) \
    $(wildcard include/config/ZSMALLOC) \
    $(wildcard include/config/UNACCEPTED_MEMORY) \
    $(wildcard include/config/IOMMU_SUPPORT) \
    $(wildcard include/config/SWAP) \
    $(wildcard include/config/TRANSPARENT_HUGEPAGE) \
    $(wildcard include/config/LRU_GEN_STATS) \
    $(wildcard include/config/LRU_GEN_WALKS_MMU) \
    $(wildcard include/config/MEMORY_FAILURE) \
    $(wildcard include/config/PAGE_EXTENSION) \
    $(wildcard include/config/DEFERRED_STRUCT_PAGE_INIT) \
    $(wildcard include/config/HAVE_MEMORYLESS_NODES) \
    $(wildcard include/config/SPARSEMEM_EXTREME) \
    $(wildcard include/config/HAVE_ARCH_PFN_VALID) \
  ../src-base/include/linux/list_nulls.h \
  ../src-base/include/linux/wait.h \
  ../src-base/include/linux/seqlock.h \
    $(wildcard include/config/CC_IS_GCC) \
    $(wildcard include/config/GCC_VERSION) \
    $(wildcard include/config/UBSAN_ALIGNMENT) \
  ../src-base/include/linux/mutex.h \
  ../src-base/include/linux/debug_locks.h \
  ../src-base/include/linux/nodemask.h \
  ../src-base/include/linux/random.h \
    $(wildcard include/config/VMGENID) \
  ../src-base/include/uapi/linux/random.h \
  ../src-base/include/linux/irqnr.h \
  ../src-base/include/uapi/linux/irqnr.h \
  ../src-base/include/linux/prandom.h \
  ../src-base/include/linux/once.h \
  ../src-base/include/linux/pageblock-flags.h \
    $(wildcard include/config/HUGETLB_PAGE) \
    $(wildcard include/config/HUGETLB_PAGE_SIZE_VARIABLE) \
  ../src-base/include/linux/page-flags-layout.h \
  include/generated/bounds.h \
  ../src-base/include/linux/mm_types.h \
    $(wildcard include/config/HAVE_ALIGNED_STRUCT_PAGE) \
    $(wildcard include/config/HUGETLB_PMD_PAGE_TABLE_SHARING) \
    $(wildcard include/config/USERFAULTFD) \
    $(wildcard include/config/ANON_VMA_NAME) \
    $(wildcard include/config/PER_VMA_LOCK) \
    $(wildcard include/config/HAVE_ARCH_COMPAT_MMAP_BASES) \
    $(wildcard include/config/MEMBARRIER) \
    $(wildcard include/config/AIO) \
    $(wildcard include/config/MMU_NOTIFIER) \
    $(wildcard include/config/SPLIT_PMD_PTLOCKS) \
    $(wildcard include/config/IOMMU_MM_DATA) \
    $(wildcard include/config/KSM) \
  ../src-base/include/linux/auxvec.h \
  ../src-base/include/uapi/linux/auxvec.h \
  ../src-base/arch/x86/include/uapi/asm/auxvec.h \
  ../src-base/include/linux/kref.h \
  ../src-base/include/linux/refcount.h \
  ../src-base/include/linux/rbtree.h \
  ../src-base/include/linux/rcupdate.h \
    $(wildcard include/config/TINY_RCU) \
    $(wildcard include/config/RCU_STRICT_GRACE_PERIOD) \
    $(wildcard include/config/RCU_LAZY) \
    $(wildcard include/config/TASKS_RCU_GENERIC) \
    $(wildcard include/config/RCU_STALL_COMMON) \
    $(wildcard include/config/KVM_XFER_TO_GUEST_WORK) \
    $(wildcard include/config/RCU_NOCB_CPU) \
    $(wildcard include/config/TASKS_RUDE_RCU) \
    $(wildcard include/config/TREE_RCU) \
    $(wildcard include/config/DEBUG_OBJECTS_RCU_HEAD) \
    $(wildcard include/config/PROVE_RCU) \
    $(wildcard include/config/ARCH_WEAK_RELEASE_ACQUIRE) \
  ../src-base/include/linux/context_tracking_irq.h \
    $(wildcard include/config/CONTEXT_TRACKING_IDLE) \
  ../src-base/include/linux/rcutree.h \
  ../src-base/include/linux/maple_tree.h \
    $(wildcard include/config/MAPLE_RCU_DISABLED) \
    $(wildcard include/config/DEBUG_MAPLE_TREE) \
  ../src-base/include/linux/rwsem.h \
    $(wildcard include/config/RWSEM_SPIN_ON_OWNER) \
    $(wildcard include/config/DEBUG_RWSEMS) \
  ../src-base/include/linux/completion.h \
  ../src-base/include/linux/swait.h \
  ../src-base/include/linux/uprobes.h \
  ../src-base/include/linux/workqueue.h \
    $(wildcard include/config/DEBUG_OBJECTS_WORK) \
    $(wildcard include/config/FREEZER) \
    $(wildcard include/config/WQ_WATCHDOG) \
  ../src-base/include/linux/timer.h \
    $(wildcard include/config/DEBUG_OBJECTS_TIMERS) \
  ../src-base/include/linux/ktime.h \
  ../src-base/include/linux/jiffies.h \
  ../src-base/include/vdso/jiffies.h \
  include/generated/timeconst.h \
  ../src-base/include/vdso/ktime.h \
  ../src-base/include/linux/timekeeping.h \
    $(wildcard include/config/GENERIC_CMOS_UPDATE) \
  ../src-base/include/linux/clocksource_ids.h \
  ../src-base/include/linux/debugobjects.h \
    $(wildcard include/config/DEBUG_OBJECTS) \
    $(wildcard include/config/DEBUG_OBJECTS_FREE) \
  ../src-base/include/linux/workqueue_types.h \
  ../src-base/include/linux/percpu_counter.h \
  ../src-base/arch/x86/include/asm/mmu.h \
    $(wildcard include/config/MODIFY_LDT_SYSCALL) \
  ../src-base/include/linux/page-flags.h \
    $(wildcard include/config/PAGE_IDLE_FLAG) \
    $(wildcard include/config/ARCH_USES_PG_ARCH_2) \
    $(wildcard include/config/ARCH_USES_PG_ARCH_3) \
    $(wildcard include/config/HUGETLB_PAGE_OPTIMIZE_VMEMMAP) \
  ../src-base/include/linux/local_lock.h \
  ../src-base/include/linux/local_lock_internal.h \
  ../src-base/include/linux/zswap.h \
    $(wildcard include/config/ZSWAP) \
  ../src-base/include/linux/memory_hotplug.h \
    $(wildcard include/config/ARCH_HAS_ADD_PAGES) \
    $(wildcard include/config/MEMORY_HOTREMOVE) \
  ../src-base/include/linux/notifier.h \
  ../src-base/include/linux/srcu.h \
    $(wildcard include/config/TINY_SRCU) \
    $(wildcard include/config/NEED_SRCU_NMI_SAFE) \
  ../src-base/include/linux/rcu_segcblist.h \
  ../src-base/include/linux/srcutree.h \
  ../src-base/include/linux/rcu_node_tree.h \
    $(wildcard include/config/RCU_FANOUT) \
    $(wildcard include/config/RCU_FANOUT_LEAF) \
  arch/x86/include/generated/asm/mmzone.h \
  ../src-base/include/asm-generic/mmzone.h \
  ../src-base/include/linux/topology.h \
    $(wildcard include/config/USE_PERCPU_NUMA_NODE_ID) \
    $(wildcard include/config/SCHED_SMT) \
  ../src-base/include/linux/arch_topology.h \
    $(wildcard include/config/GENERIC_ARCH_TOPOLOGY) \
  ../src-base/arch/x86/include/asm/topology.h \
    $(wildcard include/config/X86_LOCAL_APIC) \
    $(wildcard include/config/SCHED_MC_PRIO) \
  ../src-base/arch/x86/include/asm/mpspec.h \
    $(wildcard include/config/EISA) \
    $(wildcard include/config/X86_MPPARSE) \
  ../src-base/arch/x86/include/asm/mpspec_def.h \
  ../src-base/arch/x86/include/asm/x86_init.h \
  ../src-base/arch/x86/include/asm/apicdef.h \
  ../src-base/include/asm-generic/topology.h \
  ../src-base/include/linux/cpu_smt.h \
    $(wildcard include/config/HOTPLUG_SMT) \
  ../src-base/include/linux/sysctl.h \
    $(wildcard include/config/SYSCTL) \
  ../src-base/include/uapi/linux/sysctl.h \
  ../src-base/include/linux/elf.h \
    $(wildcard include/config/ARCH_HAVE_EXTRA_ELF_NOTES) \
    $(wildcard include/config/ARCH_USE_GNU_PROPERTY) \
    $(wildcard include/config/ARCH_HAVE_ELF_PROT) \
  ../src-base/arch/x86/include/asm/elf.h \
    $(wildcard include/config/X86_X32_ABI) \
  ../src-base/arch/x86/include/asm/ia32.h \
  ../src-base/arch/x86/include/asm/user.h \
  ../src-base/arch/x86/include/asm/user_64.h \
  ../src-base/arch/x86/include/asm/fsgsbase.h \
  ../src-base/arch/x86/include/asm/syscall.h \
    $(wildcard include/config/X86_X32_DISABLED) \
  ../src-base/include/uapi/linux/audit.h \
  ../src-base/include/uapi/linux/elf-em.h \
  ../src-base/arch/x86/include/asm/unistd.h \
  ../src-base/arch/x86/include/uapi/asm/unistd.h \
  arch/x86/include/generated/uapi/asm/unistd_64.h \
  arch/x86/include/generated/asm/unistd_64_x32.h \
  arch/x86/include/generated/asm/unistd_32_ia32.h \
  ../src-base/arch/x86/include/asm/vdso.h \
  ../src-base/include/uapi/linux/elf.h \
  ../src-base/include/linux/kobject.h \
    $(wildcard include/config/UEVENT_HELPER) \
    $(wildcard include/config/DEBUG_KOBJECT_RELEASE) \
  ../src-base/include/linux/sysfs.h \
  ../src-base/include/linux/kernfs.h \
    $(wildcard include/config/KERNFS) \
  ../src-base/include/linux/idr.h \
  ../src-base/include/linux/radix-tree.h \
  ../src-base/include/linux/xarray.h \
    $(wildcard include/config/XARRAY_MULTI) \
  ../src-base/include/linux/sched/mm.h \
    $(wildcard include/config/MMU_LAZY_TLB_REFCOUNT) \
    $(wildcard include/config/ARCH_HAS_MEMBARRIER_CALLBACKS) \
  ../src-base/include/linux/sync_core.h \
    $(wildcard include/config/ARCH_HAS_SYNC_CORE_BEFORE_USERMODE) \
    $(wildcard include/config/ARCH_HAS_PREPARE_SYNC_CORE_CMD) \
  ../src-base/arch/x86/include/asm/sync_core.h \
  ../src-base/include/linux/sched/coredump.h \
    $(wildcard include/config/CORE_DUMP_DEFAULT_ELF_HEADERS) \
  ../src-base/include/linux/kobject_ns.h \
  ../src-base/include/linux/moduleparam.h \
    $(wildcard include/config/ALPHA) \
    $(wildcard include/config/PPC64) \
  ../src-base/include/linux/rbtree_latch.h \
  ../src-base/include/linux/error-injection.h \
  ../src-base/include/asm-generic/error-injection.h \
  ../src-base/include/linux/dynamic_debug.h \
  ../src-base/arch/x86/include/asm/module.h \
  ../src-base/include/asm-generic/module.h \
    $(wildcard include/config/HAVE_MOD_ARCH_SPECIFIC) \
    $(wildcard include/config/MODULES_USE_ELF_REL) \
    $(wildcard include/config/MODULES_USE_ELF_RELA) \
  ../src-base/include/linux/build-salt.h \
    $(wildcard include/config/BUILD_SALT) \
  ../src-base/include/linux/elfnote.h \
  ../src-base/include/linux/elfnote-lto.h \
    $(wildcard include/config/LTO) \
  ../src-base/include/linux/vermagic.h \
    $(wildcard include/config/PREEMPT_BUILD) \
  include/generated/utsrelease.h \
  ../src-base/arch/x86/include/asm/vermagic.h \
    $(wildcard include/config/M486SX) \
    $(wildcard include/config/M486) \
    $(wildcard include/config/M586) \
    $(wildcard include/config/M586TSC) \
    $(wildcard include/config/M586MMX) \
    $(wildcard include/config/MCORE2) \
    $(wildcard include/config/M686) \
    $(wildcard include/config/MPENTIUMII) \
    $(wildcard include/config/MPENTIUMIII) \
    $(wildcard include/config/MPENTIUMM) \
    $(wildcard include/config/MPENTIUM4) \
    $(wildcard include/config/MK6) \
    $(wildcard include/config/MK7) \
    $(wildcard include/config/MK8) \
    $(wildcard include/config/MELAN) \
    $(wildcard include/config/MCRUSOE) \
    $(wildcard include/config/MEFFICEON) \
    $(wildcard include/config/MWINCHIPC6) \
    $(wildcard include/config/MWINCHIP3D) \
    $(wildcard include/config/MCYRIXIII) \
    $(wildcard include/config/MVIAC3_2) \
    $(wildcard include/config/MVIAC7) \
    $(wildcard include/config/MGEODEGX1) \
    $(wildcard include/config/MGEODE_LX) \

/work/main/bench/speed/.module-common.o: $(deps_/work/main/bench/speed/.module-common.o)

$(deps_/work/main/bench/speed/.module-common.o):
