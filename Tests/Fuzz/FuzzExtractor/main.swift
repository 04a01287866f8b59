import DossierKit
import Foundation

// libFuzzer's entry point (linked in by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// One input: parse, extract and link it, then check the invariants every article must keep.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    let corpus = Corpus.build(texts: [("a.txt", text)])
    for a in corpus.articles {
        let count = a.text.utf8.count
        var last = 0
        for m in a.mentions {
            precondition(m.range.start >= last && m.range.start < m.range.end && m.range.end <= count, "mention range out of order or outside the text")
            precondition(a.string(in: m.range).utf8.count == m.range.length, "mention range not on scalar boundaries")
            last = m.range.end
            precondition(corpus.entity(m.entity) != nil, "mention of an unknown entity")
        }
        for b in a.blocks { precondition(b.range.start <= b.range.end && b.range.end <= count, "block outside the text") }
        let shown = Sanitizer.forTerminal(a.title + a.text)
        precondition(!shown.unicodeScalars.contains(where: Sanitizer.isUnsafe), "control character survived sanitising")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let code = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
exit(code)
