/*
 * embed_bench: times an embedding bundle (examples/embedding/predictor.py,
 * compiled) called from C through include/ingot.h, with no Python in the
 * process. Built and run by bench/embedding_speed.py:
 *
 *   cc -O2 -I include bench/c/embed_bench.c BUNDLE/libpredictor.so -Wl,-rpath,BUNDLE -o embed_bench
 *   embed_bench BUNDLE SENTENCES PLAN [--cold] [--dump FILE --dump-batch B]
 *
 * SENTENCES holds one sentence a line (UTF-8). PLAN is "BATCH:REPS,...";
 * call r of batch size B takes the B sentences from r * B on, cycling
 * through the file (the warm-up call those from 0), as the Python workers
 * of the benchmark do. Each call builds the `texts`
 * list (one packed string list), predicts, checks the result (a float32
 * tensor of shape (B, D) and the token count) and frees everything: the
 * time of a call is what a C caller pays per request.
 *
 * Output, one JSON object a line (what the Python workers print too):
 *   {"event": "first", ...}   after the predictor is made and one sentence embedded
 *   {"event": "batch", "batch": B, "times": [wall seconds, ...], "cpu": [CPU seconds, ...], ...}
 *   {"event": "done", ...}
 * --cold stops after "first" (cold-start runs). --dump FILE writes the
 * float32 embeddings of the batch of B texts of the plan (raw, row-major;
 * B: --dump-batch, by default the first of the plan), so the benchmark can
 * check that C gets the same vectors as the other engines.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingot.h"

static double clock_s(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now(void) { return clock_s(CLOCK_MONOTONIC); }

/* CPU time of the whole process (all its threads): unlike wall time, it
 * hardly depends on what else the machine is running. */
static double cpu_now(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }

static void die(const char* what) {
    fprintf(stderr, "embed_bench: %s: %s\n", what, ingot_last_error_message());
    exit(1);
}

/* Peak resident set so far, in KiB (VmHWM), or -1. */
static long peak_rss_kib(void) {
    FILE* f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

typedef struct {
    char* data;       /* all sentences, back to back, without newlines */
    size_t* offsets;  /* count + 1 entries into data */
    size_t count;
} sentences;

static sentences read_sentences(const char* path) {
    FILE* f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    sentences s = {0};
    size_t cap = 1 << 16, used = 0, ocap = 256;
    s.data = malloc(cap);
    s.offsets = malloc(ocap * sizeof *s.offsets);
    s.offsets[0] = 0;
    char* line = NULL;
    size_t linecap = 0;
    ssize_t n;
    while ((n = getline(&line, &linecap, f)) >= 0) {
        if (n > 0 && line[n - 1] == '\n') --n;
        while (used + (size_t)n > cap) s.data = realloc(s.data, cap *= 2);
        memcpy(s.data + used, line, (size_t)n);
        used += (size_t)n;
        if (s.count + 2 > ocap) s.offsets = realloc(s.offsets, (ocap *= 2) * sizeof *s.offsets);
        s.offsets[++s.count] = used;
    }
    free(line);
    fclose(f);
    if (s.count == 0) {
        fprintf(stderr, "embed_bench: no sentences in %s\n", path);
        exit(2);
    }
    return s;
}

/* The `b` texts from sentence `start` on (cycling) as one contiguous buffer. */
typedef struct {
    char* data;
    size_t* offsets;
    size_t count;
} batch;

static batch make_batch(const sentences* s, size_t b, size_t start) {
    batch out = {0};
    size_t bytes = 0;
    for (size_t i = 0; i < b; ++i) {
        size_t k = (start + i) % s->count;
        bytes += s->offsets[k + 1] - s->offsets[k];
    }
    out.data = malloc(bytes ? bytes : 1);
    out.offsets = malloc((b + 1) * sizeof *out.offsets);
    out.count = b;
    out.offsets[0] = 0;
    for (size_t i = 0; i < b; ++i) {
        size_t k = (start + i) % s->count, len = s->offsets[k + 1] - s->offsets[k];
        memcpy(out.data + out.offsets[i], s->data + s->offsets[k], len);
        out.offsets[i + 1] = out.offsets[i] + len;
    }
    return out;
}

/* One request: inputs built, predict, result checked, all freed. Returns
 * the token count; copies the embeddings into `dump` when not NULL. */
static long embed(ingot_predictor* p, const batch* b, float* dump, long* dim_out) {
    ingot_value_map* inputs = ingot_value_map_create();
    if (!inputs) die("ingot_value_map_create");
    ingot_value* texts = ingot_value_create_string_list(b->data, b->offsets, b->count);
    if (!texts) die("ingot_value_create_string_list");
    if (ingot_value_map_set(inputs, "texts", texts) != INGOT_STATUS_OK) die("ingot_value_map_set");
    ingot_prediction* prediction = NULL;
    if (ingot_predictor_predict(p, inputs, &prediction) != INGOT_STATUS_OK) die("ingot_predictor_predict");
    const char* error = ingot_prediction_get_error_type(prediction);
    if (error) {
        fprintf(stderr, "embed_bench: the prediction raised %s: %s\n", error,
                ingot_prediction_get_error_message(prediction));
        exit(1);
    }
    /* (embeddings: float32 (N, D), token count: int) */
    const ingot_value* result = ingot_prediction_get_result(prediction);
    const ingot_value *array = NULL, *count = NULL;
    size_t length = 0;
    if (ingot_value_get_kind(result) != INGOT_VALUE_TUPLE || ingot_value_get_length(result, &length) ||
        length != 2 || ingot_value_get_item(result, 0, &array) || ingot_value_get_item(result, 1, &count))
        die("the result is not a 2-tuple");
    ingot_dtype dtype;
    const int64_t* shape;
    int32_t ndim;
    const void* data;
    int64_t tokens;
    if (ingot_value_get_tensor(array, &dtype, &shape, &ndim, &data) || dtype != INGOT_DTYPE_FLOAT32 || ndim != 2 ||
        shape[0] != (int64_t)b->count || ingot_value_get_int64(count, &tokens))
        die("the result is not (float32 (N, D), int)");
    if (dump) memcpy(dump, data, (size_t)(shape[0] * shape[1]) * sizeof(float));
    *dim_out = (long)shape[1];
    ingot_prediction_free(prediction);
    ingot_value_map_free(inputs);
    return (long)tokens;
}

int main(int argc, char** argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s BUNDLE SENTENCES BATCH:REPS[,...] [--cold] [--dump FILE [--dump-batch B]]\n",
                argv[0]);
        return 2;
    }
    const char* bundle_dir = argv[1];
    const char* plan = argv[3];
    int cold = 0;
    const char* dump_path = NULL;
    long dump_batch = 0; /* 0: the first batch of the plan */
    for (int i = 4; i < argc; ++i) {
        if (strcmp(argv[i], "--cold") == 0) cold = 1;
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump_path = argv[++i];
        else if (strcmp(argv[i], "--dump-batch") == 0 && i + 1 < argc)
            dump_batch = strtol(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "embed_bench: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    if (ingot_abi_version() != INGOT_ABI_VERSION) {
        fprintf(stderr, "embed_bench: the bundle implements ABI %u, this program %d\n", ingot_abi_version(),
                INGOT_ABI_VERSION);
        return 1;
    }
    sentences s = read_sentences(argv[2]);

    double start = now();
    ingot_predictor* p = NULL;
    if (ingot_predictor_create(bundle_dir, &p) != INGOT_STATUS_OK) die("ingot_predictor_create");
    double created = now();
    batch one = make_batch(&s, 1, 0);
    long dim = 0;
    embed(p, &one, NULL, &dim);
    printf("{\"event\": \"first\", \"load_s\": %.6f, \"first_s\": %.6f, \"dim\": %ld, \"peak_rss_kib\": %ld}\n",
           created - start, now() - created, dim, peak_rss_kib());
    fflush(stdout);
    if (cold) return 0;

    const char* cursor = plan;
    int dumped = 0;
    while (*cursor) {
        char* end;
        long b = strtol(cursor, &end, 10);
        if (*end != ':' || b <= 0) {
            fprintf(stderr, "embed_bench: bad plan %s\n", plan);
            return 2;
        }
        long reps = strtol(end + 1, &end, 10);
        cursor = *end == ',' ? end + 1 : end;
        batch texts = make_batch(&s, (size_t)b, 0);
        float* dump = NULL;
        if (dump_path && !dumped && (dump_batch == 0 || dump_batch == b))
            dump = malloc((size_t)b * (size_t)dim * sizeof(float));
        long tokens = embed(p, &texts, dump, &dim); /* warm-up, not timed */
        if (dump) {
            FILE* f = fopen(dump_path, "wb");
            if (!f || fwrite(dump, sizeof(float), (size_t)(b * dim), f) != (size_t)(b * dim)) {
                perror(dump_path);
                return 1;
            }
            fclose(f);
            free(dump);
            dumped = 1;
        }
        double* wall = malloc((size_t)(reps > 0 ? reps : 1) * sizeof(double));
        double* cpu = malloc((size_t)(reps > 0 ? reps : 1) * sizeof(double));
        for (long r = 0; r < reps; ++r) {
            batch call = make_batch(&s, (size_t)b, (size_t)(r * b)); /* the caller's data, not timed */
            double t0 = now(), c0 = cpu_now();
            embed(p, &call, NULL, &dim);
            wall[r] = now() - t0;
            cpu[r] = cpu_now() - c0;
            free(call.data);
            free(call.offsets);
        }
        printf("{\"event\": \"batch\", \"batch\": %ld, \"tokens\": %ld, \"times\": [", b, tokens);
        for (long r = 0; r < reps; ++r) printf("%s%.6f", r ? ", " : "", wall[r]);
        printf("], \"cpu\": [");
        for (long r = 0; r < reps; ++r) printf("%s%.6f", r ? ", " : "", cpu[r]);
        printf("]}\n");
        free(wall);
        free(cpu);
        fflush(stdout);
        free(texts.data);
        free(texts.offsets);
    }
    printf("{\"event\": \"done\", \"peak_rss_kib\": %ld}\n", peak_rss_kib());
    ingot_predictor_free(p);
    return 0;
}
