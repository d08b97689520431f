/* bench_extract.c — throughput and memory of extraction over a corpus (folder of .txt, .jsonl
 * or stdin), with `wc -w` on the same bytes for reference, and a streaming mode that pipes
 * generated JSON Lines through stdin to show memory stays flat. Prints figures, asserts
 * nothing about time. Uses only the public API (include/readout/). */
#define _GNU_SOURCE
#include "readout/readout.h"
#include "bench_clock.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MB (1024.0 * 1024.0)
#define MAX_RUNS 16
#define MAX_MARKS 16

typedef struct options {
	unsigned threads[MAX_RUNS];
	size_t nthreads;
	unsigned long long marks[MAX_MARKS]; /* input bytes at which to report RSS */
	size_t nmarks;
	unsigned long long stream_bytes;     /* --stream: generate this much, 0 = off */
	const char *corpus, *data, *gen, *gen_data, *tsv, *seed;
	int wc, quiet;
} options;

/* What one run measured; filled by the sink as documents go by. */
typedef struct run {
	const options *opts;
	unsigned threads;
	readout_buf json;                    /* reused: serialization cost counts, output does not */
	unsigned long long docs, failed, text_bytes, input_bytes, json_bytes;
	size_t next_mark;
	double start, cpu_start;
	double seconds, cpu;                 /* of the whole run, once it is over */
	double peak_seen;                    /* highest RSS read at a mark */
} run;

static double current_rss_mb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return (double)resident * (double)sysconf(_SC_PAGESIZE) / MB;
}

/* ru_maxrss lags the resident counters by a page or two; never print a peak under the current. */
static double peak_rss_mb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double peak = (double)ru.ru_maxrss * 1024.0 / MB, cur = current_rss_mb(); /* Linux: kilobytes */
	return peak > cur ? peak : cur;
}

/* One tab-separated row per measurement, for run.sh's summary. Columns in bench/README.md. */
static void tsv_row(const options *o, const char *measure, const char *threads, double input_mb,
                    unsigned long long docs, double seconds, double cpu, double rss_mb, double peak_mb)
{
	if (!o->tsv)
		return;
	FILE *f = fopen(o->tsv, "a");
	if (!f) {
		fprintf(stderr, "bench_extract: %s: %s\n", o->tsv, strerror(errno));
		return;
	}
	fprintf(f, "%s\t%s\t%.1f\t%llu\t%.3f\t%.3f\t%.2f\t%.1f\t%.1f\t%.1f\n", measure, threads, input_mb, docs,
	        seconds, cpu, seconds > 0 ? input_mb / seconds : 0, seconds > 0 ? (double)docs / seconds : 0, rss_mb, peak_mb);
	fclose(f);
}

static void mark_reached(run *r)
{
	const options *o = r->opts;
	double t = now() - r->start, rss = current_rss_mb(), peak = peak_rss_mb();
	if (peak > r->peak_seen)
		r->peak_seen = peak;
	if (!o->quiet)
		printf("  %10.1f  %10llu  %8.2f  %7.1f  %11.1f\n", (double)r->input_bytes / MB, r->docs, t, rss, peak);
	fflush(stdout);
	char label[32];
	snprintf(label, sizeof label, "stream@%.0fMB", (double)o->marks[r->next_mark] / MB);
	char threads[16];
	snprintf(threads, sizeof threads, "%u", r->threads);
	tsv_row(o, label, threads, (double)r->input_bytes / MB, r->docs, t, cpu_seconds() - r->cpu_start, rss, peak);
	r->next_mark++;
}

static int sink(void *user, const readout_result *res)
{
	run *r = user;
	const readout_doc *d = res->doc;
	r->input_bytes += d->json_line ? d->json_len + 1 : d->len;
	if (res->rc) {
		r->failed++;
		fprintf(stderr, "bench_extract: %s: %s\n", d->origin, res->message ? res->message : "failed");
	} else {
		readout_buf_clear(&r->json);
		if (readout_record_write_json(&r->json, d->id, res->record, 0)) {
			fprintf(stderr, "bench_extract: %s: %s\n", d->origin, readout_error_message());
			r->failed++;
		} else {
			r->json_bytes += r->json.len;
			r->docs++;
			r->text_bytes += d->len;
		}
	}
	while (r->next_mark < r->opts->nmarks && r->input_bytes >= r->opts->marks[r->next_mark])
		mark_reached(r);
	return 0;
}

/* Loads the lexicon and extracts the whole corpus once, timing from source open to the last
 * record. Returns 0 when every document was extracted. */
static int measure(run *r, const char *path)
{
	const options *o = r->opts;
	readout_lexicon *lex = NULL;
	readout_source *src = NULL;
	int rc = readout_lexicon_load(&lex, o->data);
	if (rc) {
		fprintf(stderr, "bench_extract: lexicon: %s\n", readout_error_message());
		return 1;
	}
	readout_pipeline_options popts = READOUT_PIPELINE_OPTIONS_INIT;
	popts.threads = r->threads;
	readout_source_options sopts = READOUT_SOURCE_OPTIONS_INIT;
	sopts.stdin_format = READOUT_INPUT_JSONL;
	r->start = now();
	r->cpu_start = cpu_seconds();
	if ((rc = readout_source_open(&src, &path, 1, &sopts)) == 0)
		rc = readout_pipeline_run(src, lex, &popts, sink, r);
	r->seconds = now() - r->start;
	r->cpu = cpu_seconds() - r->cpu_start;
	if (rc)
		fprintf(stderr, "bench_extract: %s: %s\n", path, readout_error_message());
	readout_source_free(src);
	readout_lexicon_free(lex);
	return rc || r->failed ? 1 : 0;
}

static void print_run(const run *r)
{
	const options *o = r->opts;
	double mb = (double)r->text_bytes / MB, peak = peak_rss_mb(), cpu = r->cpu, seconds = r->seconds;
	char threads[16];
	snprintf(threads, sizeof threads, "%u", r->threads);
	tsv_row(o, "extract", threads, mb, r->docs, seconds, cpu, current_rss_mb(), peak);
	if (o->quiet)
		return;
	printf("  %7u  %10llu  %9.1f  %8.3f  %7.3f  %7.2f  %9.1f  %11.1f  %11.1f\n", r->threads, r->docs, mb, seconds,
	       cpu, seconds > 0 ? mb / seconds : 0, seconds > 0 ? (double)r->docs / seconds : 0, peak,
	       (double)r->json_bytes / MB);
	fflush(stdout);
}

/* Each thread count runs in a child process, so its peak RSS is its own. */
static int run_in_child(const options *o, unsigned threads)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		perror("bench_extract: fork");
		return 1;
	}
	if (pid == 0) {
		run r = {.opts = o, .threads = threads, .json = READOUT_BUF_INIT};
		int rc = measure(&r, o->corpus);
		print_run(&r);
		readout_buf_dispose(&r.json);
		fflush(stdout);
		_exit(rc);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

/* ---- the corpus on disk: warming the page cache, listing files for wc ---- */

static int is_txt(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static unsigned long long read_all(const char *path)
{
	static char chunk[1 << 16];
	unsigned long long total = 0;
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		total += (unsigned long long)n;
	close(fd);
	return total;
}

/* Reads the corpus once so every timed run (and wc) starts from a warm page cache. When list
 * is open, writes the .txt paths to it NUL-separated, for wc --files0-from. */
static unsigned long long warm_corpus(const char *path, FILE *list, unsigned long long *files)
{
	struct stat st;
	*files = 0;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*files = 1;
		if (list)
			fprintf(list, "%s%c", path, '\0');
		return read_all(path);
	}
	DIR *dir = opendir(path);
	if (!dir)
		return 0;
	unsigned long long total = 0;
	char full[PATH_MAX];
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (!is_txt(e->d_name))
			continue;
		snprintf(full, sizeof full, "%s/%s", path, e->d_name);
		total += read_all(full);
		(*files)++;
		if (list)
			fprintf(list, "%s%c", full, '\0');
	}
	closedir(dir);
	return total;
}

/* Runs `wc -w --files0-from=LIST` in the C locale (byte-oriented, its fastest) and returns the
 * word count, timing the whole subprocess: wall seconds and its CPU seconds. */
static long long time_wc(const char *list_path, double *seconds, double *cpu)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	char arg[PATH_MAX + 32];
	snprintf(arg, sizeof arg, "--files0-from=%s", list_path);
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		setenv("LC_ALL", "C", 1);
		execlp("wc", "wc", "-w", arg, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	/* wc prints one line per file and a total last: keep the tail. */
	char buf[1 << 16], last[256] = "";
	size_t keep = 0;
	ssize_t n;
	while ((n = read(fds[0], buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			if (buf[i] == '\n') {
				last[keep] = '\0';
				keep = 0;
				continue;
			}
			if (keep == 0)
				last[0] = '\0';
			if (keep + 1 < sizeof last)
				last[keep++] = buf[i];
		}
	}
	close(fds[0]);
	int status;
	struct rusage ru;
	wait4(pid, &status, 0, &ru);
	*seconds = now() - t0;
	*cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
	       (double)ru.ru_stime.tv_usec / 1e6;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	return strtoll(last, NULL, 10);
}

static void wc_reference(const options *o, const char *list_path, unsigned long long file_bytes,
                         unsigned long long files)
{
	double seconds = 0, cpu = 0;
	long long words = time_wc(list_path, &seconds, &cpu);
	if (words < 0) {
		fprintf(stderr, "bench_extract: wc -w failed; no reference\n");
		return;
	}
	double mb = (double)file_bytes / MB;
	tsv_row(o, "wc-w", "1", mb, files, seconds, cpu, 0, 0);
	if (!o->quiet)
		printf("  wc -w (LC_ALL=C): %.1f MB in %.3f s (%.3f CPU s) = %.2f MB/s (%lld words, %llu files)\n", mb,
		       seconds, cpu, seconds > 0 ? mb / seconds : 0, words, files);
}

static int bench_corpus(const options *o)
{
	char list_path[] = "/tmp/bench_extract.XXXXXX";
	int list_fd = o->wc ? mkstemp(list_path) : -1;
	FILE *list = list_fd >= 0 ? fdopen(list_fd, "w") : NULL;
	unsigned long long files, bytes = warm_corpus(o->corpus, list, &files);
	if (list)
		fclose(list);
	if (!bytes) {
		fprintf(stderr, "bench_extract: %s: nothing to read\n", o->corpus);
		if (list_fd >= 0)
			unlink(list_path);
		return 1;
	}
	if (!o->quiet) {
		printf("corpus %s: %llu file(s), %.1f MB on disk\n", o->corpus, files, (double)bytes / MB);
		printf("  %7s  %10s  %9s  %8s  %7s  %7s  %9s  %11s  %11s\n", "threads", "documents", "text MB", "seconds",
		       "CPU s", "MB/s", "docs/s", "peak RSS MB", "JSON out MB");
	}
	int rc = 0;
	for (size_t i = 0; i < o->nthreads; i++)
		rc |= run_in_child(o, o->threads[i]);
	if (list) {
		wc_reference(o, list_path, bytes, files);
		unlink(list_path);
	}
	return rc;
}

/* ---- streaming: gen_corpus | extraction, nothing on disk ---- */

static pid_t spawn_generator(const options *o)
{
	char bytes[32];
	snprintf(bytes, sizeof bytes, "%llu", o->stream_bytes);
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execl(o->gen, o->gen, "--bytes", bytes, "--seed", o->seed, "--data", o->gen_data, "--out", "-", "--quiet",
		      (char *)NULL);
		fprintf(stderr, "bench_extract: %s: %s\n", o->gen, strerror(errno));
		_exit(127);
	}
	dup2(fds[0], 0); /* the library reads "-" from stdin */
	close(fds[0]);
	close(fds[1]);
	return pid;
}

static int bench_stream(const options *o)
{
	pid_t gen = -1;
	if (o->stream_bytes && (gen = spawn_generator(o)) < 0) {
		perror("bench_extract: generator");
		return 1;
	}
	if (!o->quiet) {
		if (o->stream_bytes)
			printf("streaming %.1f MB of JSON Lines: %s --bytes %llu --seed %s | extraction on %u thread(s), nothing on disk\n",
			       (double)o->stream_bytes / MB, o->gen, o->stream_bytes, o->seed, o->threads[0]);
		else
			printf("streaming stdin through extraction on %u thread(s)\n", o->threads[0]);
		printf("  %10s  %10s  %8s  %7s  %11s\n", "input MB", "documents", "seconds", "RSS MB", "peak RSS MB");
	}
	run r = {.opts = o, .threads = o->threads[0], .json = READOUT_BUF_INIT};
	int rc = measure(&r, "-");
	double seconds = r.seconds, cpu = r.cpu, mb = (double)r.input_bytes / MB;
	double peak = peak_rss_mb() > r.peak_seen ? peak_rss_mb() : r.peak_seen;
	readout_buf_dispose(&r.json);
	if (gen > 0) {
		int status;
		close(0);
		waitpid(gen, &status, 0);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "bench_extract: the generator failed\n");
			rc = 1;
		}
	}
	char threads[16];
	snprintf(threads, sizeof threads, "%u", r.threads);
	tsv_row(o, "stream-total", threads, mb, r.docs, seconds, cpu, current_rss_mb(), peak);
	if (!o->quiet)
		printf("  total: %.1f MB, %llu documents in %.2f s (%.2f MB/s%s; %.2f CPU s in this process), peak RSS %.1f MB\n",
		       mb, r.docs, seconds, seconds > 0 ? mb / seconds : 0, gen > 0 ? ", the generator sharing the CPUs" : "",
		       cpu, peak);
	return rc;
}

/* ---- options ---- */

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: bench_extract [options] CORPUS     (a folder of .txt, a .jsonl file, or - for stdin)\n"
	        "       bench_extract [options] --stream BYTES\n"
	        "\n"
	        "Times extraction (each record serialized to JSON, output discarded) and prints MB/s,\n"
	        "documents/s and peak RSS per thread count, then `wc -w` on the same files for reference.\n"
	        "  -t, --threads LIST   thread counts, comma-separated, one run each (default 1,2)\n"
	        "      --data DIR       lexicons from DIR (default: the built-in copy)\n"
	        "      --no-wc          skip the wc -w reference\n"
	        "      --stream BYTES   extract BYTES of JSON Lines piped from gen_corpus through stdin (k/M/G)\n"
	        "      --gen PATH       the generator (default: gen_corpus beside this program)\n"
	        "      --gen-data DIR   the generator's --data (default ./data)\n"
	        "      --seed S         the generator's --seed (default 7)\n"
	        "      --rss-at LIST    input amounts at which to print RSS (default for streams: 100M,500M,1G)\n"
	        "      --tsv FILE       append a tab-separated row per measurement to FILE\n"
	        "  -q, --quiet          print nothing but errors\n"
	        "Exit status: 0 when every document was extracted, 1 otherwise, 2 usage error.\n");
}

static unsigned long long parse_size(const char *s, int *ok)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	int shift = 0;
	if (*end == 'k' || *end == 'K') shift = 10, end++;
	else if (*end == 'm' || *end == 'M') shift = 20, end++;
	else if (*end == 'g' || *end == 'G') shift = 30, end++;
	*ok = !errno && end != s && !*end && s[0] != '-';
	return v << shift;
}

/* "1,2" or "100M,500M,1G" into out[]; 0 on a malformed list. */
static size_t parse_list(const char *s, unsigned long long *out, size_t cap)
{
	char copy[256];
	snprintf(copy, sizeof copy, "%s", s);
	size_t n = 0;
	for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
		int ok;
		if (n == cap || (out[n++] = parse_size(tok, &ok), !ok))
			return 0;
	}
	return n;
}

static const char *default_gen(void)
{
	static char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 32);
	if (n <= 0)
		return "gen_corpus";
	path[n] = '\0';
	char *slash = strrchr(path, '/');
	snprintf(slash ? slash + 1 : path, 32, "gen_corpus");
	return path;
}

static int parse_options(options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"threads", required_argument, NULL, 't'}, {"data", required_argument, NULL, 'd'},
		{"no-wc", no_argument, NULL, 'W'}, {"stream", required_argument, NULL, 's'},
		{"gen", required_argument, NULL, 'g'}, {"gen-data", required_argument, NULL, 'G'},
		{"seed", required_argument, NULL, 'S'}, {"rss-at", required_argument, NULL, 'r'},
		{"tsv", required_argument, NULL, 'T'}, {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	*o = (options){.threads = {1, 2}, .nthreads = 2, .gen_data = "data", .seed = "7", .wc = 1};
	unsigned long long list[MAX_RUNS];
	int opt, ok;
	while ((opt = getopt_long(argc, argv, "t:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 't':
			if (!(o->nthreads = parse_list(optarg, list, MAX_RUNS)))
				return fprintf(stderr, "bench_extract: --threads: '%s' is not a list of counts\n", optarg), 0;
			for (size_t i = 0; i < o->nthreads; i++)
				o->threads[i] = (unsigned)(list[i] ? list[i] : 1);
			break;
		case 'd': o->data = optarg; break;
		case 'W': o->wc = 0; break;
		case 's':
			o->stream_bytes = parse_size(optarg, &ok);
			if (!ok || !o->stream_bytes)
				return fprintf(stderr, "bench_extract: --stream: '%s' is not a size\n", optarg), 0;
			break;
		case 'g': o->gen = optarg; break;
		case 'G': o->gen_data = optarg; break;
		case 'S': o->seed = optarg; break;
		case 'r':
			if (!(o->nmarks = parse_list(optarg, o->marks, MAX_MARKS)))
				return fprintf(stderr, "bench_extract: --rss-at: '%s' is not a list of sizes\n", optarg), 0;
			break;
		case 'T': o->tsv = optarg; break;
		case 'q': o->quiet = 1; break;
		case 'h': usage(stdout); exit(0);
		default: return 0;
		}
	}
	if (o->stream_bytes ? optind != argc : optind != argc - 1)
		return 0;
	o->corpus = o->stream_bytes ? "-" : argv[optind];
	if (!o->gen)
		o->gen = default_gen();
	if (!o->nmarks && strcmp(o->corpus, "-") == 0) {
		static const unsigned long long def[] = {100ull << 20, 500ull << 20, 1ull << 30};
		memcpy(o->marks, def, sizeof def);
		o->nmarks = 3;
	}
	return 1;
}

int main(int argc, char **argv)
{
	options o;
	if (!parse_options(&o, argc, argv)) {
		usage(stderr);
		return 2;
	}
	if (strcmp(o.corpus, "-") == 0)
		return bench_stream(&o);
	return bench_corpus(&o);
}
