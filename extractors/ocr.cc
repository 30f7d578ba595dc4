// OCR of one page image with Tesseract 5, prepared with Leptonica.
//
// Steps for a page (each undone, in reverse, when boxes are mapped back):
//   1. scale to ~300 dpi when the image's resolution is far from it (Tesseract
//      is trained on text of roughly that size in pixels);
//   2. orientation: Tesseract's OSD (a second engine, osd.traineddata) says
//      how many quarter turns make the page upright; unless the page then
//      reads with high confidence, it is also read as given, and a page that
//      reads badly either way is tried in the other orientations; the best
//      reading is kept (a wrong turn would lose the page's text);
//   3. deskew: Leptonica finds the skew of the text lines (up to 7 degrees)
//      and rotates it away, about the image centre;
//   4. recognition: Tesseract LSTM, automatic page segmentation, on the grey
//      image (Tesseract binarises internally; Otsu on clean grey is as good
//      as ours would be).
// Word boxes come back in pixels of the image Tesseract saw; each corner is
// taken back through the inverse of steps 3, 2 and 1 to pixels of the image
// as given, and the box is the bounding box of the four corners (a box on
// deskewed text grows slightly rather than clipping the word). Points are
// pixels * 72 / image.dpi, so a box lands where the word is on the page
// whatever the steps did.
//
// One OCR engine and one OSD engine per process, made on first use and kept
// (loading the model costs ~0.3 s); a mutex serialises their use.
// Tesseract runs single-threaded: OMP_THREAD_LIMIT=1 is set for child
// processes, and because libgomp reads that variable only when it is loaded,
// the running process is also limited through the OpenMP API (see
// LimitOpenMp). On 2 cores, Tesseract's default threading made a page ~6x
// slower, not faster.
#include "extractors/ocr.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <numbers>

#include "pipeline/model/unicode.h"

namespace dsar::extractors {
namespace {

constexpr double kTargetDpi = 300;
// Resolutions Tesseract reads well without rescaling.
constexpr double kMinGoodDpi = 200;
constexpr double kMaxGoodDpi = 400;
// Tesseract's coordinates are 16-bit: no side may exceed 32767 pixels.
constexpr int kMaxSide = 32000;
// OSD confidence below which its answer is a guess and the page is taken as
// upright. Rotated phototest pages score 9-11, upright text pages 10-30.
constexpr float kOsdMinConfidence = 2.0f;
// A turned page whose reading reaches this mean word confidence (0..100) is
// accepted without also reading it as given.
constexpr double kTrustedMeanConfidence = 75;
// A reading (of at least kMinCharsToRetry characters) whose mean word
// confidence is below this is garbage often enough that the other
// orientations are tried as well.
constexpr double kPoorMeanConfidence = 50;
constexpr size_t kMinCharsToRetry = 20;
// Leptonica's own deskew thresholds (pixDeskew): smaller angles are noise.
constexpr float kMinDeskewDegrees = 0.1f;
constexpr float kMinSkewConfidence = 3.0f;
constexpr int kBinariseThreshold = 130;  // for skew finding only
// Recognition of one page stops after this long (noise can keep the LSTM
// busy for minutes); what was read so far is kept, with a warning.
constexpr int kPageDeadlineMs = 120'000;

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Makes every OpenMP parallel region of the calling thread run on that
// thread alone. omp_set_max_active_levels(0) makes all regions inactive
// (one thread), even those with a num_threads clause, as Tesseract's have.
// Looked up at run time: a Tesseract built without OpenMP has no libgomp.
void LimitOpenMp() {
  using SetInt = void (*)(int);
  if (auto f = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))) f(0);
  if (auto f = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"))) f(1);
}

struct Engine {
  std::mutex mu;
  tesseract::TessBaseAPI ocr;
  tesseract::TessBaseAPI osd;
  bool ocr_ready = false;
  bool osd_ready = false;
};

// The process's engines, made on first use and never destroyed (workers
// leave with _exit; destroying Tesseract at exit gains nothing).
Engine& GetEngine() {
  static Engine* engine = [] {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    LimitOpenMp();
    // Leptonica reports every oddity of a file on stderr; dsar reports the
    // outcome itself. LEPT_MSG_SEVERITY (e.g. 3) brings the messages back.
    setMsgSeverity(std::getenv("LEPT_MSG_SEVERITY") ? L_SEVERITY_EXTERNAL : L_SEVERITY_NONE);
    auto* e = new Engine;
    // Tesseract's chatter ("Estimating resolution", "Too few characters")
    // goes to debug_file; the variable is global to all engines.
    e->ocr.SetVariable("debug_file", "/dev/null");
    // nullptr: TESSDATA_PREFIX, else the compiled-in tessdata directory.
    e->ocr_ready = e->ocr.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) == 0;
    if (e->ocr_ready) {
      e->ocr.SetVariable("debug_file", "/dev/null");
      e->ocr.SetPageSegMode(tesseract::PSM_AUTO);
    }
    e->osd_ready = e->osd.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
    if (e->osd_ready) e->osd.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    return e;
  }();
  return *engine;
}

// Where the pixels of the image Tesseract read came from in the image as
// given, and the inverse mapping.
struct Transform {
  double sx = 1, sy = 1;  // scaled = given * s (per axis, after rounding)
  int sw = 0, sh = 0;     // size after scaling
  int quads = 0;          // clockwise quarter turns applied after scaling
  int uw = 0, uh = 0;     // size after turning (and after deskew: same size)
  double skew = 0;        // radians, clockwise, about the centre, after turning

  // A point of the image Tesseract read -> the image as given (pixels).
  void Map(double x, double y, double* gx, double* gy) const {
    if (skew != 0) {
      // Deskew turned p into c + R(skew)(p - c); undo with R(-skew).
      double cx = uw / 2.0, cy = uh / 2.0, dx = x - cx, dy = y - cy;
      double c = std::cos(skew), s = std::sin(skew);
      x = cx + dx * c + dy * s;
      y = cy - dx * s + dy * c;
    }
    double px = x, py = y;
    switch (quads) {
      case 1:
        px = y;
        py = sh - x;
        break;  // a turn took (x,y) to (sh-y, x)
      case 2:
        px = sw - x;
        py = sh - y;
        break;  // (x,y) to (sw-x, sh-y)
      case 3:
        px = sw - y;
        py = x;
        break;  // (x,y) to (y, sw-x)
      default: break;
    }
    *gx = px / sx;
    *gy = py / sy;
  }

  // A box of the image Tesseract read -> the bounding box of its corners in
  // the image as given.
  Box MapBox(double x0, double y0, double x1, double y1) const {
    Box b{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (double x : {x0, x1}) {
      for (double y : {y0, y1}) {
        double gx, gy;
        Map(x, y, &gx, &gy);
        b.x0 = std::min(b.x0, gx);
        b.y0 = std::min(b.y0, gy);
        b.x1 = std::max(b.x1, gx);
        b.y1 = std::max(b.y1, gy);
      }
    }
    return b;
  }
};

struct RawWord {
  std::string text;
  float confidence = 0;  // 0..100
  Box box;               // pixels of the image as given
  bool new_line = false;
};

struct Reading {
  std::vector<RawWord> words;
  double weighted = 0;  // sum of confidence * characters
  size_t chars = 0;
  bool timed_out = false;
  int quads = 0;
  double Mean() const { return chars > 0 ? weighted / static_cast<double>(chars) : 0; }
};

size_t CountCodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Turns `scaled` by `quads` clockwise quarter turns, deskews it and reads it.
Status ReadUpright(Engine& e, Pix* scaled, int quads, int ppi, Transform t, Reading* out) {
  PixPtr pix(quads != 0 ? pixRotateOrth(scaled, quads) : pixClone(scaled));
  if (!pix) return Status::Internal("could not turn the page image");
  t.quads = quads;
  t.uw = pixGetWidth(pix.get());
  t.uh = pixGetHeight(pix.get());
  out->quads = quads;

  PixPtr binary(pixConvertTo1(pix.get(), kBinariseThreshold));
  float angle = 0, conf = 0;
  if (binary && pixFindSkew(binary.get(), &angle, &conf) == 0 &&
      std::fabs(angle) >= kMinDeskewDegrees && conf >= kMinSkewConfidence) {
    double radians = angle * std::numbers::pi / 180;
    PixPtr straight(pixRotate(pix.get(), static_cast<float>(radians), L_ROTATE_AREA_MAP,
                              L_BRING_IN_WHITE, 0, 0));
    if (straight && pixGetWidth(straight.get()) == t.uw && pixGetHeight(straight.get()) == t.uh) {
      pix = std::move(straight);
      t.skew = radians;
    }
  }
  binary.reset();

  e.ocr.SetImage(pix.get());
  e.ocr.SetSourceResolution(ppi);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(kPageDeadlineMs);
  if (e.ocr.Recognize(&monitor) != 0) {
    e.ocr.Clear();
    return Status::Corrupt("Tesseract could not read the page image");
  }
  out->timed_out = monitor.deadline_exceeded();
  std::unique_ptr<tesseract::ResultIterator> it(e.ocr.GetIterator());
  bool pending_line = false;
  if (it) {
    do {
      if (it->Empty(tesseract::RIL_WORD)) continue;
      bool new_line = pending_line || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
      std::unique_ptr<char[]> raw(it->GetUTF8Text(tesseract::RIL_WORD));
      std::string text = raw ? SanitizeUtf8(raw.get()) : std::string();
      // Words never hold whitespace: a space would split them in the text.
      text.erase(
          std::remove_if(
              text.begin(), text.end(),
              [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }),
          text.end());
      int l, tp, r, b;
      if (text.empty() || !it->BoundingBox(tesseract::RIL_WORD, &l, &tp, &r, &b)) {
        pending_line = new_line;
        continue;
      }
      pending_line = false;
      RawWord w;
      w.text = std::move(text);
      w.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD), 0.0f, 100.0f);
      w.box = t.MapBox(l, tp, r, b);
      w.new_line = new_line;
      size_t n = CountCodePoints(w.text);
      out->chars += n;
      out->weighted += w.confidence * static_cast<double>(n);
      out->words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  it.reset();
  e.ocr.Clear();
  return Status::OK();
}

// The grey image as a Leptonica 8-bit Pix.
PixPtr ToPix(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return nullptr;
  l_uint32* data = pixGetData(pix.get());
  int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(data + static_cast<size_t>(y) * wpl,
                image.pixels.data() + static_cast<size_t>(y) * image.stride, image.width);
  }
  // Leptonica keeps bytes in 32-bit words, most significant first.
  pixEndianByteSwap(pix.get());
  return pix;
}

std::string PageLabel(int page_number) { return "page " + std::to_string(page_number); }

}  // namespace

Status OcrPage(const GrayImage& image, int page_number, const OcrLimits& limits, std::string* text,
               Page* page, std::vector<std::string>* warnings) {
  const std::string label = PageLabel(page_number);
  if (image.width <= 0 || image.height <= 0 || image.stride < image.width ||
      image.pixels.size() / static_cast<size_t>(image.stride) < static_cast<size_t>(image.height)) {
    return Status::InvalidInput(label + ": the page image is empty or its buffer is too small");
  }
  const uint64_t pixels = static_cast<uint64_t>(image.width) * static_cast<uint64_t>(image.height);
  if (pixels > limits.max_pixels) {
    return Status::ResourceLimit(label + ": the image is " + std::to_string(image.width) + "x" +
                                 std::to_string(image.height) + " pixels, over the OCR limit of " +
                                 std::to_string(limits.max_pixels) + " pixels a page");
  }
  const double dpi =
      std::isfinite(image.dpi) && image.dpi >= 10 && image.dpi <= 10000 ? image.dpi : kTargetDpi;
  page->number = page_number;
  page->width = image.width * 72.0 / dpi;
  page->height = image.height * 72.0 / dpi;

  // 1. Scale towards 300 dpi, within the pixel and side limits.
  double scale = (dpi < kMinGoodDpi || dpi > kMaxGoodDpi) ? kTargetDpi / dpi : 1.0;
  scale = std::min(scale,
                   std::sqrt(static_cast<double>(limits.max_pixels) / static_cast<double>(pixels)));
  scale = std::min(scale, static_cast<double>(kMaxSide) / std::max(image.width, image.height));
  if (std::fabs(scale - 1) < 0.02) scale = 1;

  PixPtr given = ToPix(image);
  if (!given) return Status::ResourceLimit(label + ": not enough memory for the page image");
  PixPtr scaled(scale == 1
                    ? pixClone(given.get())
                    : pixScale(given.get(), static_cast<float>(scale), static_cast<float>(scale)));
  if (!scaled) return Status::ResourceLimit(label + ": could not scale the page image");
  given.reset();
  Transform t;
  t.sw = pixGetWidth(scaled.get());
  t.sh = pixGetHeight(scaled.get());
  t.sx = static_cast<double>(t.sw) / image.width;
  t.sy = static_cast<double>(t.sh) / image.height;
  const int ppi = std::clamp(static_cast<int>(std::lround(dpi * scale)), 70, 2400);

  Engine& e = GetEngine();
  std::lock_guard<std::mutex> lock(e.mu);
  if (!e.ocr_ready) {
    return Status::Unsupported(
        "OCR is not available: Tesseract could not load its English model (eng.traineddata); "
        "install the tesseract-ocr-eng package (or set TESSDATA_PREFIX to the tessdata directory)");
  }
  LimitOpenMp();  // per thread: the caller may not be the thread that made the engine

  // 2. Orientation.
  int quads = 0;
  float osd_confidence = 0;
  if (e.osd_ready) {
    e.osd.SetImage(scaled.get());
    e.osd.SetSourceResolution(ppi);
    int orient = 0;
    float script_conf = 0;
    const char* script = nullptr;
    if (e.osd.DetectOrientationScript(&orient, &osd_confidence, &script, &script_conf) &&
        osd_confidence >= kOsdMinConfidence && orient % 90 == 0) {
      // `orient` is how far the page is turned clockwise; turn it back.
      quads = (360 - orient % 360) % 360 / 90;
    }
    e.osd.Clear();
  } else {
    warnings->push_back(label +
                        ": orientation not checked (Tesseract's osd.traineddata is missing)");
  }

  // 3, 4. Deskew and read. A turn that does not read well is checked
  // against the page as given; a page that reads badly however it was
  // turned (OSD gives up on noisy scans: a page fed upside down then reads
  // as confident-looking garbage) is tried the other ways round too. The
  // reading with the most confidence-weighted characters wins.
  Reading best;
  DSAR_RETURN_IF_ERROR(ReadUpright(e, scaled.get(), quads, ppi, t, &best).WithContext(label));
  auto try_turn = [&](int q) -> Status {
    Reading other;
    DSAR_RETURN_IF_ERROR(ReadUpright(e, scaled.get(), q, ppi, t, &other).WithContext(label));
    if (other.weighted > best.weighted) best = std::move(other);
    return Status::OK();
  };
  if (quads != 0 && best.Mean() < kTrustedMeanConfidence) DSAR_RETURN_IF_ERROR(try_turn(0));
  if (best.Mean() < kPoorMeanConfidence && best.chars >= kMinCharsToRetry) {
    for (int q : {(quads + 2) % 4, (quads + 1) % 4, (quads + 3) % 4}) {
      if (q == 0 && quads != 0) continue;  // read already
      if (best.Mean() >= kTrustedMeanConfidence) break;
      DSAR_RETURN_IF_ERROR(try_turn(q));
    }
  }
  if (best.quads != 0) {
    warnings->push_back(label + ": page was turned " + std::to_string(best.quads * 90) +
                        " degrees clockwise to read it");
  }
  if (best.timed_out) {
    warnings->push_back(label + ": OCR stopped after " + std::to_string(kPageDeadlineMs / 1000) +
                        " s; the page's text may be incomplete");
  }
  if (best.words.empty()) {
    warnings->push_back(label + ": OCR found no text (blank page, or only pictures?)");
  }

  // Words, in points of the page as given.
  const double k = 72.0 / dpi;
  for (RawWord& rw : best.words) {
    if (!page->words.empty()) text->push_back(rw.new_line ? '\n' : ' ');
    Word w;
    w.box.x0 = std::clamp(rw.box.x0 * k, 0.0, page->width);
    w.box.y0 = std::clamp(rw.box.y0 * k, 0.0, page->height);
    w.box.x1 = std::clamp(rw.box.x1 * k, 0.0, page->width);
    w.box.y1 = std::clamp(rw.box.y1 * k, 0.0, page->height);
    w.confidence = rw.confidence / 100.0f;
    w.start = text->size();
    *text += rw.text;
    w.end = text->size();
    w.text = std::move(rw.text);
    page->words.push_back(std::move(w));
  }
  return Status::OK();
}

Result<std::string> OcrText(const GrayImage& image) {
  std::string text;
  Page page;
  std::vector<std::string> warnings;
  DSAR_RETURN_IF_ERROR(OcrPage(image, 1, OcrLimits{}, &text, &page, &warnings));
  return text;
}

}  // namespace dsar::extractors
