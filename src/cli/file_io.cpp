#include "file_io.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ingot::cli {
namespace {

/// Reads `fd` to its end, appending to `contents`, starting with a buffer of
/// `expected` bytes (the file size when known) so a regular file needs a
/// single read() plus the one that sees end-of-file.
bool read_all(int fd, size_t expected, std::string& contents, int& error) {
  size_t used = 0;
  contents.resize(expected > 0 ? expected + 1 : 64 * 1024);
  for (;;) {
    if (used == contents.size()) contents.resize(contents.size() * 2);
    ssize_t n = ::read(fd, contents.data() + used, contents.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;
      return false;
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  contents.resize(used);
  return true;
}

}  // namespace

bool read_file(const std::string& path, std::string& contents, std::string& reason) {
  contents.clear();
  int error = 0;
  if (path == "-") {
    if (!read_all(STDIN_FILENO, 0, contents, error)) {
      reason = std::strerror(error);
      return false;
    }
    return true;
  }

  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    reason = std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    reason = std::strerror(EISDIR);
    ::close(fd);
    return false;
  }
  size_t expected = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
  bool ok = read_all(fd, expected, contents, error);
  ::close(fd);
  if (!ok) reason = std::strerror(error);
  return ok;
}

bool write_stdout(const std::string& data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(STDOUT_FILENO, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace ingot::cli
