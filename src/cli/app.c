/* app.c - what commands share: the store and the content, opened on first use. */
#include <stdlib.h>

#include "cli/cli.h"
#include "content/content.h"
#include "store/store.h"

struct store *app_store(struct app *app, long long *profile_id)
{
    static int64_t pid;
    if (!app->store) {
        if (!app->db_resolved)
            app->db_resolved = app->db_path ? xstrdup(app->db_path) : store_default_path();
        if (!app->db_resolved) {
            cli_error("no place for the progress database: set HOME, LOOPLAB_DB or use --db PATH");
            return NULL;
        }
        char err[600];
        if (store_open(app->db_resolved, &app->store, err, sizeof err) != 0) {
            cli_error("%s", err);
            return NULL;
        }
        if (store_profile_get(app->store, app->profile, true, &pid) != 0) {
            cli_error("%s", store_error(app->store));
            store_close(app->store);
            app->store = NULL;
            return NULL;
        }
    }
    if (profile_id)
        *profile_id = pid;
    return app->store;
}

struct content *app_content(struct app *app)
{
    if (!app->content) {
        app->content = xcalloc(1, sizeof *app->content);
        content_load(app->content, true, app->packs, app->npacks);
        /* One line per problem; the broken items were skipped and the rest loaded. */
        for (int i = 0; i < app->content->ndiags; i++) {
            const struct diag *d = &app->content->diags[i];
            cli_warn("%s:%d: %s%s", d->file, d->line, d->msg, d->kept ? "" : " (skipped)");
        }
    }
    return app->content;
}

void app_free(struct app *app)
{
    if (app->content) {
        content_free(app->content);
        free(app->content);
    }
    store_close(app->store);
    free(app->db_resolved);
    free(app->packs);
    free(app->env_packs);
}
