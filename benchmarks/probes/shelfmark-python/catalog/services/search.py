from dataclasses import dataclass, field

from catalog.repositories import BookRepository


@dataclass
class SearchRequest:
    term: str
    branch: str | None = None
    mode: str = "title"
    filters: dict = field(default_factory=dict)


class CatalogSearchService:
    def __init__(self, repo=None):
        self.repo = repo or BookRepository()

    def run(self, req: SearchRequest):
        if req.mode == "author":
            return self.repo.search_authors(req.term)
        if req.filters:
            return list(self.repo.filtered(req.filters)[:100])
        return self.repo.search_titles(req.term)
