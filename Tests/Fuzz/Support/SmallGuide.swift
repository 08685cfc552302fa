// Linked into every fuzz target (Tests/Fuzz/run.sh): a small guide for the targets that need one.
@testable import CareerCore
import TestSupport

/// A small guide with an item of every kind, so that every section of the file holds records.
let smallGuideFiles: [ContentLoader.File: String] = [
    .sources:
        #"[{"id": "handbook", "title": "Team handbook", "kind": "handbook", "summary": "How we grow.", "document": "h.md"}]"#,
    .categories: #"[{"id": "core", "name": "Core"}]"#,
    .skills: #"""
    [{"id": "swift", "name": "Swift", "category": "core", "description": "The language.", "sources": ["handbook"]},
     {"id": "testing", "name": "Testing", "aliases": ["tests"], "category": "core", "description": "Proof.", "sources": ["handbook"]},
     {"id": "mentoring", "name": "Mentoring", "category": "core", "description": "Helping.", "sources": ["handbook"]}]
    """#,
    .foundations:
        #"[{"skill": "swift", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}]"#,
    .roles: #"""
    [{"id": "engineer", "name": "Engineer", "level": "entry", "summary": "Builds features.", "next": ["lead"],
      "skills": [{"skill": "testing", "weights": [{"need": "essential", "audience": null, "sources": ["handbook"]}], "sources": ["handbook"]}], "sources": ["handbook"]},
     {"id": "lead", "name": "Lead Engineer", "level": "lead", "summary": "Leads a team.", "related": ["engineer"],
      "skills": [{"either": ["mentoring", "testing"], "sources": ["handbook"]}], "sources": ["handbook"]}]
    """#,
    .roadmap:
        #"[{"id": "basics", "number": 1, "name": "Basics", "goal": "Learn it.", "skills": ["swift"], "sources": ["handbook"]}]"#,
    .certifications: #"[{"id": "cert", "name": "Certificate", "issuer": null, "summary": "A test.", "sources": ["handbook"]}]"#,
    .projects: #"""
    [{"id": "app", "name": "An app", "level": "beginner", "summary": "Ship it.", "skills": ["swift"], "sources": ["handbook"]}]
    """#,
    .tips: #"[{"id": "tip", "name": "Pair", "summary": "Pair often.", "actions": ["Book a slot."], "sources": ["handbook"]}]"#,
    .topics: #"""
    [{"id": "quality", "name": "Quality", "summary": "Lasting code.", "details": ["Tests first."], "skills": ["testing"],
      "sources": ["handbook"]}]
    """#,
    .field: #"""
    [{"id": "overview", "title": "Overview", "paragraphs": ["Engineering."], "points": [{"label": "Pay", "text": "Good."}],
      "sources": ["handbook"]}]
    """#,
]
let smallGuide = try! ContentLoader.load(files: smallGuideFiles.mapValues { Array($0.utf8) })
