import Foundation

/// With `DOSSIER_LOAD_TRACE=1` in the environment, each step of a load prints to standard error
/// how long it took since the step before and since the load began, on the wall clock and in
/// the process's CPU time: where a restart's time goes, without a profiler.
public enum LoadTrace {
    public static let enabled = ProcessInfo.processInfo.environment["DOSSIER_LOAD_TRACE"] == "1"
    nonisolated(unsafe) private static var began = 0.0, last = 0.0, lastCPU = 0.0

    static func begin() {
        guard enabled else { return }
        began = now(); last = began; lastCPU = cpu()
        // How long the process ran before the load: its start time is in /proc/self/stat (field
        // 22, clock ticks since boot).
        #if os(Linux)
        if let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")"),
           let ticks = Double(stat[stat.index(after: close)...].split(separator: " ")[19]),
           let up = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8), let uptime = Double(up.split(separator: " ")[0]) {
            let age = uptime - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
            FileHandle.standardError.write(String(format: "load began %.0f ms after the process started (cpu %.1f ms)\n", age * 1e3, lastCPU * 1e3).data(using: .utf8)!)
        }
        #endif
    }

    public static func mark(_ step: String) {
        guard enabled, began > 0 else { return }
        let t = now(), c = cpu()
        FileHandle.standardError.write(String(format: "load %-28@ %7.1f ms (cpu %7.1f ms), at %7.1f ms\n", step, (t - last) * 1e3, (c - lastCPU) * 1e3, (t - began) * 1e3).data(using: .utf8)!)
        last = t; lastCPU = c
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    private static func cpu() -> Double {
        var u = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }
}
