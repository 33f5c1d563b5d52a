"""A small SQLAlchemy 1.4 application: declarative models with an Enum, create_all, ORM
inserts and queries, then the Inspector reading the schema back (tables, columns, keys,
indexes, enums). Prints what it sees; the test compares it with PostgreSQL 15."""
import enum

import sqlalchemy as sa
from sqlalchemy.orm import Session, declarative_base, relationship


class Status(enum.Enum):
    draft = "draft"
    published = "published"
    archived = "archived"


Base = declarative_base()


class Author(Base):
    __tablename__ = "sa_author"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(80), nullable=False, unique=True)
    posts = relationship("Post", back_populates="author", order_by="Post.id")


class Post(Base):
    __tablename__ = "sa_post"
    id = sa.Column(sa.Integer, primary_key=True)
    author_id = sa.Column(sa.ForeignKey("sa_author.id"), nullable=False)
    title = sa.Column(sa.String(200), nullable=False)
    status = sa.Column(sa.Enum(Status, name="sa_status"), nullable=False, default=Status.draft)
    score = sa.Column(sa.Numeric(6, 2))
    created = sa.Column(sa.DateTime(timezone=True), server_default=sa.text("'2020-01-01 00:00:00+00'"))
    author = relationship(Author, back_populates="posts")
    __table_args__ = (sa.Index("sa_post_status_title", "status", "title"),)


engine = sa.create_engine("postgresql+psycopg2://", future=True)
Base.metadata.drop_all(engine)
Base.metadata.create_all(engine)

with Session(engine) as s:
    ann = Author(name="Ann")
    bob = Author(name="Bob")
    ann.posts = [Post(title="First", score=1.5), Post(title="Second", status=Status.published, score=9)]
    bob.posts = [Post(title="Third", status=Status.archived)]
    s.add_all([ann, bob])
    s.commit()

    q = s.query(Post).filter(Post.status != Status.draft).order_by(Post.status, Post.title)
    for p in q:
        print("post", p.title, p.status, p.score, p.author.name, p.created.isoformat())
    counts = s.execute(sa.select(Author.name, sa.func.count(Post.id)).join(Post).group_by(Author.name).order_by(Author.name)).all()
    print("counts", counts)
    print("ordered by enum", [p.title for p in s.query(Post).order_by(Post.status.desc())])
    s.query(Post).filter(Post.title == "First").update({Post.status: Status.published})
    s.commit()
    print("published", s.query(Post).filter(Post.status == Status.published).count())

insp = sa.inspect(engine)
print("tables", sorted(t for t in insp.get_table_names() if t.startswith("sa_")))
for table in ("sa_author", "sa_post"):
    for c in insp.get_columns(table):
        print("column", table, c["name"], c["type"], c["nullable"], c["default"], c.get("autoincrement"))
    print("pk", table, insp.get_pk_constraint(table))
    print("fks", table, insp.get_foreign_keys(table))
    print("indexes", table, sorted(insp.get_indexes(table), key=lambda i: i["name"]))
    print("unique", table, insp.get_unique_constraints(table))
print("enums", insp.get_enums())

Base.metadata.drop_all(engine)
print("enum dropped", [e["name"] for e in sa.inspect(engine).get_enums()])
print("done")
