from django.db import connection


def article(request, slug):
    with connection.cursor() as c:
        c.execute(f"SELECT * FROM articles WHERE slug = '{slug}'")  # VULN


def article_by_pk(request, pk):
    with connection.cursor() as c:
        c.execute(f"SELECT * FROM articles WHERE id = {pk}")  # SAFE


class ArticleView:
    def get(self, request, slug, format=None):
        with connection.cursor() as c:
            c.execute(f"SELECT * FROM articles WHERE slug = '{slug}' -- {format}")  # VULN
