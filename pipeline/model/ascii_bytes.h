// Eight bytes of text read as one 64-bit word ("SWAR"): the tests the
// detection scans make of every byte, made of all eight at once. A byte's
// answer is its high bit (0x80) in the result; no byte borrows from or
// carries into the next unless said. Loads are little-endian: byte k of a
// word read with memcpy is bits 8k..8k+7.
#ifndef DSAR_PIPELINE_MODEL_ASCII_BYTES_H_
#define DSAR_PIPELINE_MODEL_ASCII_BYTES_H_

#include <bit>
#include <cstdint>

namespace dsar::ascii_bytes {

static_assert(std::endian::native == std::endian::little, "byte k of a load is bits 8k..8k+7");

inline constexpr uint64_t kEach = 0x0101010101010101ULL;  // times a byte value: that value in every byte
inline constexpr uint64_t kHigh = 0x8080808080808080ULL;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;

// 0x80 in each byte of `lo` (every byte below 0x80: mask a word with kLow7
// first) that lies in [first, last] (both ASCII): lo + (0x80 - first) has
// the high bit from `first` up, lo + (0x7F - last) from last + 1 up.
constexpr uint64_t InRange(uint64_t lo, unsigned first, unsigned last) {
  return (lo + kEach * (0x80 - first)) & ~(lo + kEach * (0x7F - last)) & kHigh;
}

// Not zero when a byte of `x` is not ASCII or is below `floor`. Exact only
// as a whole (a borrow follows only a byte below `floor`), not per byte.
constexpr uint64_t NonAsciiOrBelow(uint64_t x, unsigned floor) {
  return (x & kHigh) | ((x - kEach * floor) & ~x & kHigh);
}

// `x` (every byte ASCII) with 'A'..'Z' lower-cased: they gain 0x20, the
// high bit of InRange shifted down two.
constexpr uint64_t LowerAscii(uint64_t x) { return x | (InRange(x, 'A', 'Z') >> 2); }

}  // namespace dsar::ascii_bytes

#endif  // DSAR_PIPELINE_MODEL_ASCII_BYTES_H_
