import Foundation

/// Raw ICU word breaking against the full tokenizer over the same lines, in one process,
/// interleaved round by round (`tifa tokenize --bench N`): load from other processes hits
/// both alike, and the per-round ratio cancels most of it. Benchmarks, not unit tests,
/// check speed.
struct ThroughputBenchmark {
    let lines: [[UInt16]]

    struct Result {
        var bytes = 0
        var rounds = 0
        var icuSeconds: [Double] = []
        var fullSeconds: [Double] = []
        /// Token counts, so neither loop can be optimized away (and a sanity check).
        var icuTokens = 0
        var fullTokens = 0

        var bestIcu: Double { icuSeconds.min() ?? 0 }
        var bestFull: Double { fullSeconds.min() ?? 0 }
        /// Median over rounds of (ICU time / full time): the throughput ratio of one round.
        var medianRatio: Double {
            let ratios = zip(icuSeconds, fullSeconds).map { $1 > 0 ? $0 / $1 : 0 }.sorted()
            guard !ratios.isEmpty else { return 0 }
            let middle = ratios.count / 2
            return ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
        }

        /// `name=value` pairs on one line: best-of-rounds rates, their ratio, the median ratio.
        var summary: String {
            func rate(_ seconds: Double) -> Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
            return "rounds=\(rounds) bytes=\(bytes) icu_mb_s=\(Rate.fixed(rate(bestIcu), places: 2)) "
                + "full_mb_s=\(Rate.fixed(rate(bestFull), places: 2)) "
                + "full_vs_icu=\(Rate.fixed(bestFull > 0 ? bestIcu / bestFull : 0, places: 3)) "
                + "full_vs_icu_median=\(Rate.fixed(medianRatio, places: 3)) "
                + "icu_tokens=\(icuTokens) full_tokens=\(fullTokens)"
        }
    }

    /// Times `rounds` passes of each over all lines, alternating which goes first.
    func run(_ tokenizer: Tokenizer, rounds: Int) throws -> Result {
        var result = Result()
        result.rounds = rounds
        result.bytes = lines.reduce(0) { $0 + String(decoding: $1, as: UTF16.self).utf8.count }
        for round in 0..<rounds {
            if round % 2 == 0 {
                result.icuSeconds.append(try timeIcu(tokenizer, &result.icuTokens))
                result.fullSeconds.append(try timeFull(tokenizer, &result.fullTokens))
            } else {
                result.fullSeconds.append(try timeFull(tokenizer, &result.fullTokens))
                result.icuSeconds.append(try timeIcu(tokenizer, &result.icuTokens))
            }
        }
        result.icuTokens /= rounds
        result.fullTokens /= rounds
        return result
    }

    private func timeIcu(_ tokenizer: Tokenizer, _ count: inout Int) throws -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        for line in lines { count += try tokenizer.icuTokens(line).count }
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    private func timeFull(_ tokenizer: Tokenizer, _ count: inout Int) throws -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        for line in lines { count += try tokenizer.tokenize(line).count }
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }
}
