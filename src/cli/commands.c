/* commands.c - the one command table: dispatch, `--help`, `help COMMAND` and shell
 * completion all read it. A NULL run means the command is not built yet. */
#include "cli/cli.h"

int cmd_home(struct app *app, int argc, char **argv);

const struct command commands[] = {
    {"home", "", "open the curriculum (what `looplab` alone does)",
     "Shows the lessons with your progress and what to do next.\n", NULL},
    {"lessons", "", "list the lessons with your progress",
     "One line per lesson: its number, id, title, and how far you have read.\n", NULL},
    {"learn", "LESSON", "read a lesson (by number or id)",
     "Shows the lesson's pages and records how far you read. With --plain (or when\n"
     "stdout is not a terminal) the pages are printed as text, wrapped to fit.\n"
     "  --page N     start at page N\n", NULL},
    {"demo", "LESSON", "run a lesson's demo in the event-loop visualizer", "", NULL},
    {"run", "[--virtual] [--trace] PROGRAM.py [ARGS...]", "run a mini-Python program as CPython would",
     "Runs PROGRAM.py on looplab's own interpreter and event loop; see `looplab help python`\n"
     "for the supported subset.\n"
     "  --dis        print the bytecode instead of running\n", cmd_run},
    {"quiz", "[TOPIC] [--level LEVEL] [--review]", "take a five-question quiz",
     "Asks five questions (of one topic, or mixed). Answer choice questions with their\n"
     "letters (several letters for multiple choice), true/false with t or f, spot-the-bug\n"
     "with the line number, order-the-events with the letters in order, and predict-the-\n"
     "output by typing the output (lines separated by spaces). Each answer is saved\n"
     "before its feedback is shown. An empty line skips a question; end of input stops.\n"
     "  --level junior|mid|senior   only questions of that level\n", NULL},
    {"daily", "[--date YYYY-MM-DD]", "today's five-question challenge and your streak", "", NULL},
    {"stats", "[--json]", "your progress: per-topic accuracy, lessons completed",
     "  --json     machine-readable output\n", NULL},
    {"validate", "[--json] [DIR...]", "check content packs (default: the built-in curriculum)",
     "Checks lessons, demos and questions and prints every problem as file:line: message.\n"
     "Exits 1 if there is any problem.\n", NULL},
    {"profile", "[list|add NAME|remove NAME]", "manage learner profiles",
     "Profiles keep separate progress in one database; select one with --profile NAME.\n",
     NULL},
    {"present", "LESSON", "presenter mode for instructor-led workshops", "", NULL},
    {"export", "[FILE]", "export your progress", "", NULL},
    {"report", "DB...", "a class report from learners' exported progress", "", NULL},
    {"shell", "", "a prompt for looplab commands, with completion and history", "", NULL},
    {"repl", "", "an asyncio REPL on the mini-Python with top-level await", "", NULL},
    {"help", "[COMMAND|python]", "help on a command", "", cmd_help},
};

const size_t ncommands = sizeof commands / sizeof commands[0];
