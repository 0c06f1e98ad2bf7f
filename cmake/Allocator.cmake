# mimalloc (Debian's libmimalloc-dev) for the programs SayWho ships and the benchmarks that stand
# for them. The pipeline allocates many small strings and lists: glibc's malloc and free were a
# tenth of its instructions (callgrind over PolNeAR dev), mimalloc's take about a third of that.
# Linked as a shared library ahead of libc, it serves Qt's allocations too. The sanitizers bring
# their own allocator, so their builds keep glibc's.
option(SAYWHO_MIMALLOC "Link the saywho executable and the benchmarks with mimalloc" ON)
if(SAYWHO_MIMALLOC AND NOT SAYWHO_SANITIZE AND NOT SAYWHO_FUZZ)
    find_package(mimalloc 2.0 REQUIRED)
endif()

# saywho_allocator(TARGET): TARGET, an executable, allocates with mimalloc where the build uses it.
function(saywho_allocator target)
    if(TARGET mimalloc)
        # Without a call into it, a linker that drops unused libraries (--as-needed) would drop it.
        target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
        target_link_libraries(${target} PRIVATE mimalloc)
    endif()
endfunction()
