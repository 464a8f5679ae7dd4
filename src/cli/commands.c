/* commands.c - the one command table: dispatch, `--help`, `help COMMAND` and shell
 * completion all read it. A NULL run means the command is not built yet. */
#include "cli/cli.h"


const struct command commands[] = {
    {"home", "", "open the curriculum (what `looplab` alone does)",
     "Shows the lessons with your progress and what to do next.\n", cmd_home},
    {"lessons", "", "list the lessons with your progress",
     "One line per lesson: its number, id, title, and how far you have read.\n", cmd_lessons},
    {"learn", "LESSON", "read a lesson (by number or id)",
     "Shows the lesson's pages and records how far you read. With --plain (or when\n"
     "stdout is not a terminal) the pages are printed as text, wrapped to fit.\n"
     "  --page N     start at page N\n", cmd_learn},
    {"demo", "LESSON", "run a lesson's demo in the event-loop visualizer",
     "Runs the lesson's demo program on looplab's own interpreter and event loop (virtual\n"
     "clock) and replays it step by step: the code with the line each task is on, the\n"
     "ready queue, the timers, the tasks and their states, the output and a timeline.\n"
     "Arrows step, Space plays, b switches to the blocking variant, e edits a copy of\n"
     "the demo in $EDITOR and reruns it. With --plain, prints the narrated run.\n", cmd_demo},
    {"run", "[--virtual] [--trace] PROGRAM.py [ARGS...]", "run a mini-Python program as CPython would",
     "Runs PROGRAM.py on looplab's own interpreter and event loop; see `looplab help python`\n"
     "for the supported subset.\n"
     "  --dis        print the bytecode instead of running\n", cmd_run},
    {"quiz", "[TOPIC] [--level LEVEL] [--review]", "take a five-question quiz",
     "Asks five questions (of one topic, or mixed: at most two per topic), chosen for\n"
     "your level so that you get about three in four right, with up to two slots for\n"
     "questions due for review. Answer choice questions with their\n"
     "letters (several letters for multiple choice), true/false with t or f, spot-the-bug\n"
     "with the line number, order-the-events with the letters in order, and predict-the-\n"
     "output by typing the output (lines separated by spaces). Each answer is saved\n"
     "before its feedback is shown. An empty line skips a question; end of input stops.\n"
     "  --level junior|mid|senior   only questions of that level\n"
     "  --review                    only questions due for review\n", cmd_quiz},
    {"daily", "[--date YYYY-MM-DD] [--streak on|off] [--day-start HOURS]",
     "today's five-question challenge and your streak",
     "The same five questions (two junior, two mid, one senior, five topics) for everyone\n"
     "with the same content on the same local date. Doing all five on the day extends\n"
     "your streak; one freeze is earned per 7-day streak (at most 2 banked) and covers a\n"
     "single missed day.\n"
     "  --date YYYY-MM-DD   replay a past day (the streak is not touched)\n"
     "  --streak on|off     show or hide streaks (remembered)\n"
     "  --day-start HOURS   0-4: a day starts this many hours after midnight (remembered)\n",
     cmd_daily},
    {"stats", "[--json]", "your progress: per-topic accuracy, lessons completed",
     "  --json     machine-readable output\n", cmd_stats},
    {"validate", "[--json] [--run] [DIR...]", "check content packs (default: the built-in curriculum)",
     "Checks lessons, demos and questions and prints every problem as file:line: message;\n"
     "every demo must run (on the virtual clock) without an uncaught error.\n"
     "Exits 1 if there is any problem.\n"
     "  --run     also run every predict-the-output program on looplab's runtime and\n"
     "            compare its output with the question's ```output block\n"
     "  --json    counts of lessons, demos and questions per topic, level and kind\n", cmd_validate},
    {"profile", "[list|add NAME|remove NAME]", "manage learner profiles",
     "Profiles keep separate progress in one database; select one with --profile NAME.\n",
     cmd_profile},
    {"present", "LESSON", "presenter mode for instructor-led workshops",
     "Shows a lesson full screen for a projector: page number and a clock at the top,\n"
     "Space or n for the next page, p to go back, 1-8 to jump to a page, q to end. No\n"
     "progress is recorded. With --plain, prints the pages separated by form feeds.\n",
     cmd_present},
    {"export", "[FILE]", "write your progress to a file for your instructor",
     "Writes the current profile's progress into a new file (default\n"
     "looplab-PROFILE-DATE.db); an existing file is never overwritten.\n", cmd_export},
    {"report", "FILE...", "a class report from learners' exported progress",
     "Reads files made by `looplab export` (or whole progress databases) and prints each\n"
     "learner's lessons done, answers, accuracy and level, the class's accuracy per\n"
     "topic, and the questions the class found hardest.\n", cmd_report},
    {"shell", "", "a prompt for looplab commands, with completion and history",
     "Type any looplab command without the word looplab. Tab completes commands, lesson\n"
     "ids, topics and options; history is kept across runs beside the progress database.\n",
     cmd_shell},
    {"repl", "", "an asyncio REPL on the mini-Python with top-level await",
     "Like `python -m asyncio`: type Python (the subset of `looplab help python`) and use\n"
     "`await` at the top level. Blocks continue on `...` lines until an empty line.\n"
     "`:trace on` narrates every scheduling decision of the event loop; `:trace off`\n"
     "stops. History is kept across runs beside the progress database. Tasks you create\n"
     "run while an input awaits (the loop does not run between inputs).\n",
     cmd_repl},
    {"help", "[COMMAND|python]", "help on a command", "", cmd_help},
};

const size_t ncommands = sizeof commands / sizeof commands[0];
