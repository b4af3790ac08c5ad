/* For the wine test only, never shipped: Rust's standard library takes random bytes from
 * ProcessPrng in bcryptprimitives.dll (Windows 10 and later have it); Debian 12's wine 8
 * lacks the DLL. This stub answers from RtlGenRandom (advapi32). Built by windows.sh with
 * x86_64-w64-mingw32-gcc and placed beside the exe in the test folder. */
#include <windows.h>
/* RtlGenRandom, exported by advapi32 as SystemFunction036 */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
