package worker

import "github.com/saltmarsh/survey/internal/storage"

// extractArchive is indirected so tests can replace archive handling.
var extractArchive = storage.ExtractFieldSheets
