#include "build/bundle_builder.h"

#include <openssl/evp.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

namespace ingot::build {
namespace fs = std::filesystem;

namespace {

constexpr const char* kLibraryName = "libpredictor.so";

void write_file(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

/// Runs a command, capturing stdout+stderr; returns the exit status.
int run(const std::string& command, std::string& output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

uint64_t folder_size(const fs::path& dir) {
  uint64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  char buf[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    hex += buf;
  }
  return hex;
}

std::string file_sha256_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    EVP_DigestUpdate(ctx, buffer.data(), static_cast<size_t>(in.gcount()));
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(ctx, digest, &length);
  EVP_MD_CTX_free(ctx);
  std::string hex;
  char buf[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    hex += buf;
  }
  return hex;
}

std::string manifest_json(const trace::EntrySpec& entry, const BuildOptions& options) {
  nlohmann::ordered_json m;
  m["ingot_version"] = INGOT_VERSION;
  m["abi_version"] = 1;
  m["tag"] = entry.tag;
  m["description"] = entry.description;
  m["entry"] = entry.function;
  nlohmann::ordered_json params = nlohmann::ordered_json::array();
  for (const auto& p : entry.parameters) {
    nlohmann::ordered_json j;
    j["name"] = p.name;
    j["type"] = p.type->python();
    if (p.default_json) j["default"] = nlohmann::ordered_json::parse(*p.default_json);
    params.push_back(j);
  }
  m["parameters"] = params;
  m["returns"] = entry.result->python();
  m["target"] = "x86_64-pc-linux-gnu";
  m["source"] = fs::path(options.source_path).filename().string();
  m["source_sha256"] = sha256_hex(options.source_bytes);
  m["library"] = kLibraryName;
  nlohmann::ordered_json resources = nlohmann::ordered_json::array();
  for (const trace::ResourceSpec& r : entry.resources) {
    nlohmann::ordered_json j;
    j["name"] = r.name;
    j["path"] = "resources/" + r.name;
    j["kind"] = r.kind == "llama" ? "gguf" : r.kind;
    std::error_code ec;
    j["size"] = static_cast<uint64_t>(fs::file_size(r.source, ec));
    j["sha256"] = file_sha256_hex(r.source);
    resources.push_back(j);
  }
  m["resources"] = resources;
  return m.dump(2) + "\n";
}

BuildResult build_bundle(const std::string& cpp_source, const trace::EntrySpec& entry, const BuildOptions& options) {
  fs::path dir = options.output_dir;
  fs::create_directories(dir / "resources");
  fs::path work = fs::temp_directory_path() / ("ingot-build-" + std::to_string(::getpid()));
  fs::create_directories(work);
  fs::path cpp = (options.keep_cpp ? dir : work) / "predictor.cpp";
  write_file(cpp, cpp_source);

  fs::path library = dir / kLibraryName;
  fs::path staged = work / kLibraryName;
  // The runtime archive is linked as an archive: only what the generated
  // code uses comes in, plus the whole C ABI, which ingot/rt/bundle.h pulls
  // through its export anchor. A version script exports the ABI and nothing
  // else. OpenBLAS (numpy's matmul) is linked only if a bundle uses it.
  fs::path version_script = work / "exports.map";
  write_file(version_script, "{ global: ingot_*; local: *; };\n");
  std::string command = shell_quote(options.compiler) +
                        " -std=c++20 -O2 -fPIC -shared -fvisibility=hidden -fvisibility-inlines-hidden"
                        " -Wl,-z,defs -Wl,--version-script=" + shell_quote(version_script.string());
  std::stringstream dirs(options.include_dirs);
  std::string d;
  while (std::getline(dirs, d, ':'))
    if (!d.empty()) command += " -I" + shell_quote(d);
  command += " " + shell_quote(cpp.string()) + " -o " + shell_quote(staged.string());
  if (!entry.resources.empty()) {
    // llama.cpp, statically, with none of its symbols exported: a process
    // may hold another llama.cpp (llama-cpp-python's) at the same time.
    // (The version script already keeps every non-ingot_* symbol local;
    // --exclude-libs says so for these archives even without it.)
    std::stringstream libs(options.model_libraries);
    std::string lib, names;
    while (std::getline(libs, lib, ':')) {
      if (lib.empty()) continue;
      command += " " + shell_quote(lib);
      names += (names.empty() ? "" : ":") + fs::path(lib).filename().string();
    }
    command += " -Wl,--exclude-libs," + shell_quote(names) + " -pthread";
  }
  command += " " + shell_quote(options.runtime_library) + " -licui18n -licuuc -licudata -Wl,--as-needed -lopenblas";
  std::string log;
  int status = run(command, log);
  if (status != 0) {
    fs::path kept = dir / "predictor.cpp";
    if (!options.keep_cpp) fs::copy_file(cpp, kept, fs::copy_options::overwrite_existing);
    write_file(dir / "compiler-log.txt", command + "\n\n" + log);
    fs::remove_all(work);
    throw InternalCompilerError("the C++ compiler rejected the code Ingot generated", log, kept.string());
  }
  fs::copy_file(staged, library, fs::copy_options::overwrite_existing);
  for (const trace::ResourceSpec& r : entry.resources) {
    const fs::path target = dir / "resources" / r.name;
    std::error_code ec;
    if (!fs::equivalent(r.source, target, ec)) fs::copy_file(r.source, target, fs::copy_options::overwrite_existing);
  }
  fs::remove_all(work);
  fs::remove(dir / "compiler-log.txt");
  write_file(dir / "manifest.json", manifest_json(entry, options));
  BuildResult result;
  result.library_path = library.string();
  result.manifest_path = (dir / "manifest.json").string();
  result.bundle_bytes = folder_size(dir);
  return result;
}

}  // namespace ingot::build
