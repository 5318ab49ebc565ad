/* tacitus — entry point and subcommand dispatch. */
#include "cli/cli.h"
#include <stdio.h>
#include <string.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

struct subcommand {
    const char *name;
    const char *help;
    int (*fn)(int, char **);
};

#define CLI_ENTRY(name, help) {#name, help, cli_cmd_##name},
static const struct subcommand subcommands[] = {CLI_SUBCOMMANDS(CLI_ENTRY)};
#undef CLI_ENTRY

static void usage(FILE *f)
{
    fprintf(f, "usage: tacitus <command> [options] [inputs...]\n\n"
               "tacitus reads news articles and codes who did what to whom as CAMEO events.\n\n"
               "commands:\n");
    for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
        fprintf(f, "  %-10s %s\n", subcommands[i].name, subcommands[i].help);
    fprintf(f, "\n'tacitus <command> --help' describes a command; 'man tacitus' all of them.\n"
               "options: --help, --version\n");
}

void cli_report(const char *file, const tac_error *err)
{
    fprintf(stderr, "tacitus: %s", file ? file : "-");
    if (err->line)
        fprintf(stderr, ":%u:%u", err->line, err->column);
    fprintf(stderr, ": %s (byte %llu)", err->message ? err->message : tac_status_name(err->code),
            (unsigned long long)err->position);
    if (err->detail[0])
        fprintf(stderr, ": %s", err->detail);
    fputc('\n', stderr);
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("tacitus: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

const char *cli_default_dict(void)
{
    const char *env = getenv("TAC_DICT");
    if (env && *env)
        return env;
    /* next to the binary (build tree), then the install location */
    static char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 32);
    if (n > 0) {
        path[n] = 0;
        char *slash = strrchr(path, '/');
        if (slash) {
            strcpy(slash + 1, "data/tacitus.dict");
            if (access(path, R_OK) == 0)
                return path;
        }
    }
    return TAC_DATADIR "/tacitus.dict";
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("tacitus %s\n", tac_version());
        return 0;
    }
    for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
        if (!strcmp(argv[1], subcommands[i].name))
            return subcommands[i].fn(argc - 1, argv + 1);
    cli_errorf("unknown command '%s' (see 'tacitus --help')", argv[1]);
    return 2;
}
