// parse_module: source bytes → text → tokens → AST, with CPython's rules for
// which error wins when the tokenizer and the parser both object.
#include "syntax/parse.h"

#include <pthread.h>

#include "syntax/lexer.h"
#include "syntax/parser.h"
#include "syntax/source_text.h"

namespace ingot::syntax {
namespace {

// The parser recurses once per nesting level; CPython accepts a few thousand
// levels, so it runs on a thread with a stack sized for that.
constexpr size_t kParserStackBytes = 256u << 20;

SyntaxError from_lex_error(const LexError& e, std::string line) {
  SyntaxError s;
  s.type = e.type;
  s.message = e.message;
  s.lineno = e.lineno;
  s.offset = e.offset;
  s.end_lineno = e.end_lineno;
  s.end_offset = e.end_offset;
  s.line = std::move(line);
  return s;
}

void parse_on_this_thread(std::string_view source, ParsedModule& result) {
  std::string decoded;
  SourceError source_error;
  if (!decode_source(source, decoded, source_error)) {
    SyntaxError e;
    e.message = source_error.message;
    e.lineno = source_error.lineno;
    e.offset = source_error.col_offset + 1;
    result.error = e;
    return;
  }
  // The text lives in the arena: identifiers in the tree point into it.
  std::string_view text = result.arena.copy(decoded);
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 16);
  Lexer lexer(text);
  lexer.tokenize(tokens);
  const LexError* lex_error = lexer.failed() ? &lexer.error() : nullptr;
  Parser parser(text, tokens, lex_error, result.arena);
  try {
    result.module = parser.file();
  } catch (ParseFailure& failure) {
    // A tokenizer error CPython raises eagerly beats a parser error found
    // earlier; an unclosed bracket beats it when the bracket comes first.
    bool reached_lex_error = lex_error && failure.error.message == lex_error->message &&
                             failure.error.lineno == lex_error->lineno;
    if (lex_error && !reached_lex_error &&
        (lex_error->eager || (lex_error->unclosed_lineno && lex_error->unclosed_lineno < failure.error.lineno))) {
      result.error = from_lex_error(*lex_error, std::string(line_at(text, lex_error->lineno)));
    } else {
      result.error = std::move(failure.error);
    }
    result.module = nullptr;
  }
}

thread_local bool on_parser_stack = false;

struct StackJob {
  const std::function<int()>* body;
  int result;
};

void* run_stack_job(void* raw) {
  auto* job = static_cast<StackJob*>(raw);
  on_parser_stack = true;
  job->result = (*job->body)();
  return nullptr;
}

}  // namespace

int with_parser_stack(const std::function<int()>& body) {
  if (on_parser_stack) return body();
  StackJob job{&body, 0};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kParserStackBytes) == 0 &&
                 pthread_create(&thread, &attr, run_stack_job, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return body();  // no thread: parse on this stack, still guarded by the depth limit
  pthread_join(thread, nullptr);
  return job.result;
}

void parse_module(std::string_view source, ParsedModule& result) {
  with_parser_stack([&] {
    parse_on_this_thread(source, result);
    return 0;
  });
}

std::string format_syntax_error(const SyntaxError& error, std::string_view filename) {
  std::string out;
  out.append(filename);
  out += ':' + std::to_string(error.lineno) + ':' + std::to_string(error.offset) + ": " + error.type + ": " +
         error.message + '\n';
  if (!error.line.empty()) {
    // Like CPython's traceback: the line without its indentation, a caret
    // under the offending range.
    std::string_view line = error.line;
    size_t indent = line.find_first_not_of(" \t\f");
    if (indent == std::string_view::npos) indent = line.size();
    line.remove_prefix(indent);
    int start = std::max(1, error.offset - static_cast<int>(indent));
    int width = 1;
    if (error.end_lineno == error.lineno && error.end_offset > error.offset)
      width = error.end_offset - error.offset;
    out += "    ";
    out.append(line);
    out += "\n    ";
    out.append(static_cast<size_t>(start - 1), ' ');
    out.append(static_cast<size_t>(width), '^');
    out += '\n';
  }
  return out;
}

}  // namespace ingot::syntax
