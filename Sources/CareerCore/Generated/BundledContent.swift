// Generated from Content/ by `swift run generate-content`. Do not edit: edit Content/ and regenerate.
// swift-format-ignore-file

extension BundledContent {
    /// Each file of Content/, byte for byte.
    static let files: [(ContentLoader.File, StaticString)] = [
        (.sources, ###"""
[
  {
    "id": "course-unit",
    "title": "Careers in Machine Learning and LLMs",
    "ownTitle": false,
    "kind": "course unit",
    "summary": "A course unit giving an overview of the job market, the skills and qualifications required, common career paths and tips for building a career in machine learning and LLMs.",
    "document": "000_6b8724d9c7ee2d25.txt"
  },
  {
    "id": "llm-career-article",
    "title": "Launching Your Career in LLMs - Key Skills and Roles",
    "ownTitle": true,
    "kind": "blog article",
    "summary": "An article on the essential skills and the key roles for people who want to start a career in Large Language Models, and on how to advance in it.",
    "document": "001_bbe1b9ffde5b02ba.txt"
  },
  {
    "id": "llm-engineer-news",
    "title": "Essential Skills for Language Model Engineers",
    "ownTitle": false,
    "kind": "news brief",
    "summary": "A short news piece on the topics language model engineers need to master (tokenization, model architecture, training methodologies, evaluation metrics) and why they matter.",
    "document": "002_a7f34a4d0f46e8b8.txt"
  },
  {
    "id": "ai-ml-career-profile",
    "title": "AI & Machine Learning: Building the Future",
    "ownTitle": true,
    "kind": "career profile",
    "summary": "A career-guide page on AI/ML engineering: what the work is, who it suits, the skills to learn, a four-phase roadmap, certifications, projects, career outcomes and a reality check.",
    "document": "003_668647e5b4838578.txt"
  }
]

"""###),
        (.categories, ###"""
[
  { "id": "mathematics", "name": "Mathematics" },
  { "id": "programming", "name": "Programming and computer science" },
  { "id": "machine-learning", "name": "Machine learning" },
  { "id": "deep-learning", "name": "Deep learning and LLMs" },
  { "id": "evaluation", "name": "Model evaluation" },
  { "id": "data", "name": "Data" },
  { "id": "tools", "name": "Tools and frameworks" },
  { "id": "production", "name": "Deployment and optimization" },
  { "id": "specializations", "name": "Specializations" },
  { "id": "research", "name": "Research and ethics" },
  { "id": "soft-skills", "name": "Soft skills" }
]

"""###),
        (.skills, ###"""
[
  { "id": "linear-algebra", "name": "Linear algebra", "aliases": ["linalg"], "category": "mathematics",
    "description": "Part of the strong mathematical foundation machine learning needs; with calculus, the advanced math to learn. Brushing up on it is a good next step.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "calculus", "name": "Calculus", "aliases": [], "category": "mathematics",
    "description": "Part of the strong mathematical foundation machine learning needs; with linear algebra, the advanced math to learn.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "probability", "name": "Probability", "aliases": [], "category": "mathematics",
    "description": "Part of the strong mathematical foundation needed to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "python", "name": "Python", "aliases": [], "category": "programming",
    "description": "The programming language the field leans on most: proficiency in it is essential, and mastering it is where the roadmap starts.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "programming", "name": "Programming", "aliases": ["coding", "programming languages"], "category": "programming",
    "description": "Proficiency in programming languages, used to write the scripts that prepare data, train models and evaluate results.",
    "sources": ["course-unit", "llm-career-article"] },
  { "id": "computer-science", "name": "Computer science", "aliases": ["CS"], "category": "programming",
    "description": "With mathematics, the strong foundation a career in machine learning needs.",
    "sources": ["course-unit"] },
  { "id": "ml-algorithms", "name": "Machine learning algorithms", "aliases": ["ML", "machine learning", "ML algorithms", "machine learning concepts"], "category": "machine-learning",
    "description": "A solid understanding of machine learning concepts and algorithms, among them the supervised and unsupervised learning algorithms of classical machine learning.",
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"] },
  { "id": "supervised-learning", "name": "Supervised learning", "aliases": [], "category": "machine-learning",
    "description": "One of the strategies for training models that language model engineers need to understand; its algorithms, with those of unsupervised learning, are what the Classical ML phase teaches.",
    "sources": ["llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "unsupervised-learning", "name": "Unsupervised learning", "aliases": [], "category": "machine-learning",
    "description": "One of the strategies for training models that language model engineers need to understand; its algorithms, with those of supervised learning, are what the Classical ML phase teaches.",
    "sources": ["llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "transfer-learning", "name": "Transfer learning", "aliases": [], "category": "machine-learning",
    "description": "One of the strategies for training models that language model engineers need to understand, each with its own challenges and applications.",
    "sources": ["llm-engineer-news"] },
  { "id": "reinforcement-learning", "name": "Reinforcement learning", "aliases": ["RL"], "category": "machine-learning",
    "description": "One of the strategies for training models that language model engineers need to understand, each with its own challenges and applications.",
    "sources": ["llm-engineer-news"] },
  { "id": "model-training", "name": "Model training", "aliases": ["training models"], "category": "machine-learning",
    "description": "Training models is day-to-day work in AI and machine learning engineering and often means writing scripts; Machine Learning Engineers are often responsible for it.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "hyperparameter-tuning", "name": "Hyperparameter tuning", "aliases": ["tuning hyperparameters"], "category": "machine-learning",
    "description": "Tuning hyperparameters is part of the day-to-day work of AI and machine learning engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "fine-tuning", "name": "Fine-tuning", "aliases": ["fine-tuning LLMs", "finetuning"], "category": "machine-learning",
    "description": "Adapting a model such as an LLM to a specific task. Machine Learning Engineers are often responsible for it, and it is one aspect of LLMs to specialize in.",
    "sources": ["llm-career-article", "llm-engineer-news"] },
  { "id": "neural-networks", "name": "Neural networks", "aliases": ["NN", "neural nets"], "category": "deep-learning",
    "description": "Knowledge of neural networks is essential. Their design and structure underlie LLMs, and they are what the Deep Learning phase dives into.",
    "sources": ["course-unit", "llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "deep-learning", "name": "Deep learning", "aliases": ["DL"], "category": "deep-learning",
    "description": "A core technical skill and part of the machine learning knowledge that is fundamental to the field; for those specializing in LLMs, expertise in it is crucial.",
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"] },
  { "id": "large-language-models", "name": "Large language models", "aliases": ["LLM", "LLMs", "language models"], "category": "deep-learning",
    "description": "Models such as GPT-3, behind a growing number of career opportunities. Expertise in them is in rising demand, and the Deep Learning phase dives into them.",
    "sources": ["course-unit", "llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "nlp", "name": "Natural language processing", "aliases": ["NLP"], "category": "deep-learning",
    "description": "Expertise in it is crucial for those specializing in LLMs, and it is one of the niches to choose in the Specialization phase.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "tokenization-techniques", "name": "Tokenization techniques", "aliases": ["tokenization", "tokenizers"], "category": "deep-learning",
    "description": "Converting text into a format models can process. A foundational skill: language model engineers must master various techniques to optimize how data is fed into models.",
    "sources": ["llm-engineer-news"] },
  { "id": "transformers", "name": "Transformers", "aliases": ["Transformer architecture"], "category": "deep-learning",
    "description": "A neural network architecture behind LLMs. Familiarity with it and its attention mechanisms is vital for engineers who develop or fine-tune models.",
    "sources": ["llm-engineer-news"] },
  { "id": "attention-mechanisms", "name": "Attention mechanisms", "aliases": ["attention"], "category": "deep-learning",
    "description": "The mechanisms of Transformer architectures. Familiarity with them is vital for engineers who develop or fine-tune models.",
    "sources": ["llm-engineer-news"] },
  { "id": "model-evaluation", "name": "Model evaluation", "aliases": ["evaluating models"], "category": "evaluation",
    "description": "Assessing how well models perform, with metrics that inform decisions about improvements and deployment. It often means writing scripts to evaluate results.",
    "sources": ["llm-career-article", "llm-engineer-news"] },
  { "id": "perplexity", "name": "Perplexity", "aliases": [], "category": "evaluation",
    "description": "An evaluation metric that language model engineers must be adept at using to assess how well their models perform.",
    "sources": ["llm-engineer-news"] },
  { "id": "bleu", "name": "BLEU score", "aliases": ["BLEU"], "category": "evaluation",
    "description": "An evaluation metric that language model engineers must be adept at using to assess how well their models perform.",
    "sources": ["llm-engineer-news"] },
  { "id": "f1-score", "name": "F1 score", "aliases": ["F1"], "category": "evaluation",
    "description": "An evaluation metric that language model engineers must be adept at using to assess how well their models perform.",
    "sources": ["llm-engineer-news"] },
  { "id": "data-preparation", "name": "Data preparation", "aliases": ["preparing data"], "category": "data",
    "description": "Preparing the datasets used to train models, often by writing scripts. Data Scientists are crucial for preparing the datasets used to train LLMs.",
    "sources": ["llm-career-article"] },
  { "id": "data-cleaning", "name": "Data cleaning", "aliases": ["cleaning data"], "category": "data",
    "description": "Part of working with large datasets, a key ability; Data Scientists clean the data used to train LLMs.",
    "sources": ["llm-career-article"] },
  { "id": "data-analysis", "name": "Data analysis", "aliases": ["analyzing data"], "category": "data",
    "description": "Working with large, complex datasets and interpreting them, for example to help businesses make better decisions; the ability to work with large datasets is key.",
    "sources": ["course-unit", "llm-career-article"] },
  { "id": "data-visualization", "name": "Data visualization", "aliases": ["visualization"], "category": "data",
    "description": "Part of working with large datasets, a key ability.",
    "sources": ["llm-career-article"] },
  { "id": "tensorflow", "name": "TensorFlow", "aliases": ["TF"], "category": "tools",
    "description": "An AI framework and one of the tools to learn; familiarity with it or with PyTorch is often required.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "pytorch", "name": "PyTorch", "aliases": [], "category": "tools",
    "description": "An AI framework and one of the tools to learn; familiarity with it or with TensorFlow is often required.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "scikit-learn", "name": "Scikit-learn", "aliases": ["sklearn"], "category": "tools",
    "description": "One of the tools and technologies to learn.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "gpu-computing", "name": "GPU computing", "aliases": ["GPU"], "category": "tools",
    "description": "One of the tools and technologies to learn.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "deployment", "name": "Model deployment", "aliases": ["deployment", "deploying models"], "category": "production",
    "description": "Deploying AI models into production is day-to-day work, and engineers will need to stay ahead of trends in deployment strategies.",
    "sources": ["llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "model-optimization", "name": "Model optimization", "aliases": ["optimization"], "category": "production",
    "description": "Making models more accurate and efficient; engineers will need to stay ahead of trends in it.",
    "sources": ["llm-engineer-news"] },
  { "id": "computer-vision", "name": "Computer vision", "aliases": ["CV"], "category": "specializations",
    "description": "One of the niches to choose in the Specialization phase of the roadmap.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "robotics", "name": "Robotics", "aliases": [], "category": "specializations",
    "description": "One of the niches to choose in the Specialization phase of the roadmap.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "research-abilities", "name": "Research abilities", "aliases": ["research", "research papers"], "category": "research",
    "description": "Keeping up with the latest research, which is vital: reading and understanding research papers, implementing new techniques, and possibly conducting original research.",
    "sources": ["course-unit", "llm-career-article"] },
  { "id": "ai-ethics", "name": "AI ethics", "aliases": ["ethics", "ethical considerations"], "category": "research",
    "description": "The ethical considerations surrounding AI, which keep evolving: an aspect of LLMs to specialize in, and the source of the ethical dilemmas the work brings.",
    "sources": ["llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "problem-solving", "name": "Problem-solving", "aliases": [], "category": "soft-skills",
    "description": "Beyond the technical skills, problem-solving abilities are also important.",
    "sources": ["course-unit"] },
  { "id": "creativity", "name": "Creativity", "aliases": [], "category": "soft-skills",
    "description": "Beyond the technical skills, creativity is also important.",
    "sources": ["course-unit"] },
  { "id": "willingness-to-learn", "name": "Willingness to learn", "aliases": ["continuous learning", "adaptability"], "category": "soft-skills",
    "description": "A willingness to continually learn and adapt, which is also important in a field that keeps evolving.",
    "sources": ["course-unit"] },
  { "id": "research-ethics", "name": "Research ethics", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills to learn for AI and machine learning work.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "problem-framing", "name": "Problem framing", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills to learn for AI and machine learning work.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "long-term-thinking", "name": "Long-term thinking", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills to learn for AI and machine learning work.",
    "sources": ["ai-ml-career-profile"] }
]

"""###),
        (.foundations, ###"""
[
  {
    "skill": "linear-algebra",
    "weights": [
      {"need": "needed", "audience": "to succeed in this field", "sources": ["course-unit"]},
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["course-unit", "ai-ml-career-profile"]
  },
  {
    "skill": "calculus",
    "weights": [
      {"need": "needed", "audience": "to succeed in this field", "sources": ["course-unit"]},
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["course-unit", "ai-ml-career-profile"]
  },
  {
    "skill": "probability",
    "weights": [
      {"need": "needed", "audience": "to succeed in this field", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  },
  {
    "skill": "computer-science",
    "weights": [
      {"need": "needed", "audience": "to succeed in this field", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  },
  {
    "skill": "programming",
    "weights": [
      {"need": "needed", "audience": "to succeed in this field", "sources": ["course-unit"]},
      {"need": "essential", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "skill": "python",
    "weights": [
      {"need": "essential", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "skill": "ml-algorithms",
    "weights": [
      {"need": "essential", "audience": "to succeed in this field", "sources": ["course-unit"]},
      {"need": "fundamental", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "skill": "neural-networks",
    "weights": [
      {"need": "essential", "audience": "to succeed in this field", "sources": ["course-unit"]},
      {"need": "fundamental", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]},
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "skill": "deep-learning",
    "weights": [
      {"need": "crucial", "audience": "for those specializing in LLMs", "sources": ["course-unit"]},
      {"need": "fundamental", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]},
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "skill": "nlp",
    "weights": [
      {"need": "crucial", "audience": "for those specializing in LLMs", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  },
  {
    "skill": "data-analysis",
    "weights": [
      {"need": "key", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "skill": "data-cleaning",
    "weights": [
      {"need": "key", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "skill": "data-visualization",
    "weights": [
      {"need": "key", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "skill": "research-abilities",
    "weights": [
      {"need": "vital", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "either": ["tensorflow", "pytorch"],
    "weights": [
      {"need": "often required", "audience": "for anyone seeking a career in LLMs", "sources": ["llm-career-article"]}
    ],
    "sources": ["llm-career-article"]
  },
  {
    "skill": "tensorflow",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "pytorch",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "scikit-learn",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "gpu-computing",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "research-ethics",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "problem-framing",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "long-term-thinking",
    "weights": [
      {"need": "must learn", "audience": "for AI/ML engineering", "sources": ["ai-ml-career-profile"]}
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "skill": "problem-solving",
    "weights": [
      {"need": "also important", "audience": "to succeed in this field", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  },
  {
    "skill": "creativity",
    "weights": [
      {"need": "also important", "audience": "to succeed in this field", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  },
  {
    "skill": "willingness-to-learn",
    "weights": [
      {"need": "also important", "audience": "to succeed in this field", "sources": ["course-unit"]}
    ],
    "sources": ["course-unit"]
  }
]

"""###),
        (.roles, ###"""
[
  {
    "id": "machine-learning-engineer",
    "name": "Machine Learning Engineer",
    "aliases": ["ML Engineer", "MLE", "AI/ML Engineer"],
    "level": "entry",
    "summary": "Designs, implements and maintains machine learning systems, and trains models, including fine-tuning LLMs for specific tasks.",
    "responsibilities": [
      "Design, implement and maintain machine learning systems.",
      "Work closely with data scientists to create models that solve complex problems.",
      "Train models, including fine-tuning LLMs for specific tasks.",
      "Tune hyperparameters and deploy AI models into production."
    ],
    "next": ["senior-ml-engineer"],
    "related": ["data-scientist"],
    "skills": [
      { "skill": "model-training", "sources": ["llm-career-article", "ai-ml-career-profile"] },
      { "skill": "fine-tuning", "sources": ["llm-career-article"] },
      { "skill": "hyperparameter-tuning", "sources": ["ai-ml-career-profile"] },
      { "skill": "deployment", "sources": ["ai-ml-career-profile"] }
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "id": "data-scientist",
    "name": "Data Scientist",
    "aliases": ["DS"],
    "level": null,
    "summary": "Uses machine learning to analyze and interpret complex datasets, and prepares the datasets used to train LLMs.",
    "responsibilities": [
      "Analyze and interpret complex datasets, often to help businesses make better decisions.",
      "Prepare the datasets used in training LLMs, cleaning and analyzing the data.",
      "Possibly take part in model training and evaluation."
    ],
    "next": [],
    "related": ["machine-learning-engineer"],
    "skills": [
      { "skill": "data-preparation", "sources": ["llm-career-article"] },
      { "skill": "data-cleaning", "sources": ["llm-career-article"] },
      { "skill": "data-analysis", "sources": ["course-unit", "llm-career-article"] },
      { "skill": "ml-algorithms", "sources": ["course-unit"] }
    ],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "id": "research-scientist",
    "name": "Research Scientist",
    "aliases": [],
    "level": null,
    "summary": "Conducts cutting-edge research in machine learning and LLMs and develops new techniques and algorithms for training and using LLMs.",
    "responsibilities": [
      "Conduct cutting-edge research in machine learning and LLMs, often in academic or industrial research labs.",
      "Develop new techniques and algorithms for training and using LLMs.",
      "Stay up to date with the latest research.",
      "Often publish their own research."
    ],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "research-abilities", "sources": ["course-unit", "llm-career-article"] },
      { "skill": "ml-algorithms", "sources": ["course-unit", "llm-career-article"] },
      { "skill": "large-language-models", "sources": ["course-unit", "llm-career-article"] }
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "id": "ai-specialist",
    "name": "AI Specialist",
    "aliases": ["Artificial Intelligence Specialist"],
    "level": null,
    "summary": "Uses machine learning and LLMs to create intelligent systems that can understand, learn from and respond to human input.",
    "responsibilities": [
      "Create intelligent systems that can understand, learn from and respond to human input, using machine learning and LLMs."
    ],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "ml-algorithms", "sources": ["course-unit"] },
      { "skill": "large-language-models", "sources": ["course-unit"] }
    ],
    "sources": ["course-unit"]
  },
  {
    "id": "llm-engineer",
    "name": "Language Model Engineer",
    "aliases": ["LLM Engineer", "Large Language Model Engineer"],
    "level": null,
    "summary": "Develops and fine-tunes large language models, which takes mastery of tokenization, model architecture, training methodologies and evaluation metrics.",
    "responsibilities": [
      "Develop or fine-tune large language models.",
      "Master tokenization techniques to optimize how data is fed into models.",
      "Understand the different strategies for training models: supervised, unsupervised, transfer and reinforcement learning.",
      "Assess models with metrics such as perplexity, BLEU and F1 scores, and decide on improvements and deployment strategies.",
      "Stay ahead of trends in model optimization, deployment strategies and the ethics of AI."
    ],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "tokenization-techniques", "weights": [{"need": "foundational", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "transformers", "weights": [{"need": "vital", "audience": "for engineers developing or fine-tuning models", "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "attention-mechanisms", "weights": [{"need": "vital", "audience": "for engineers developing or fine-tuning models", "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "supervised-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "unsupervised-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "transfer-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "reinforcement-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "model-evaluation", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "perplexity", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "bleu", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "f1-score", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "neural-networks", "weights": [{"need": "critical", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "fine-tuning", "sources": ["llm-engineer-news"] },
      { "skill": "model-optimization", "sources": ["llm-engineer-news"] },
      { "skill": "deployment", "sources": ["llm-engineer-news"] },
      { "skill": "ai-ethics", "sources": ["llm-engineer-news"] }
    ],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "junior-ai-researcher",
    "name": "Junior AI Researcher",
    "aliases": ["Junior Researcher"],
    "level": "entry",
    "summary": "An entry-level role in AI and machine learning.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "computer-vision-engineer",
    "name": "Computer Vision Engineer",
    "aliases": ["CV Engineer"],
    "level": null,
    "summary": "A job title AI and machine learning careers lead to, in computer vision, one of the niches of the Specialization phase.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "computer-vision", "sources": ["ai-ml-career-profile"] }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "nlp-engineer",
    "name": "NLP Engineer",
    "aliases": ["Natural Language Processing Engineer"],
    "level": null,
    "summary": "A job title AI and machine learning careers lead to, in natural language processing, one of the niches of the Specialization phase.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "nlp", "sources": ["ai-ml-career-profile"] }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "senior-ml-engineer",
    "name": "Senior ML Engineer",
    "aliases": ["Senior Machine Learning Engineer"],
    "level": "senior",
    "summary": "The first step of the growth path beyond the entry level, leading to Principal AI Architect.",
    "responsibilities": [],
    "next": ["principal-ai-architect"],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "principal-ai-architect",
    "name": "Principal AI Architect",
    "aliases": [],
    "level": null,
    "summary": "The step of the growth path between Senior ML Engineer and Head of AI.",
    "responsibilities": [],
    "next": ["head-of-ai"],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "head-of-ai",
    "name": "Head of AI",
    "aliases": ["Head of Artificial Intelligence"],
    "level": null,
    "summary": "The top of the growth path, after Principal AI Architect.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  }
]

"""###),
        (.roadmap, ###"""
[
  {
    "id": "foundations",
    "number": 1,
    "name": "Foundations",
    "goal": "Master Python and the math behind machine learning.",
    "skills": ["python", "linear-algebra", "calculus"],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "classical-ml",
    "number": 2,
    "name": "Classical ML",
    "goal": "Learn supervised and unsupervised learning algorithms.",
    "skills": ["ml-algorithms", "supervised-learning", "unsupervised-learning"],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "deep-learning-phase",
    "number": 3,
    "name": "Deep Learning",
    "goal": "Dive into neural networks and Large Language Models (LLMs).",
    "skills": ["neural-networks", "deep-learning", "large-language-models"],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "specialization",
    "number": 4,
    "name": "Specialization",
    "goal": "Choose a niche (computer vision, NLP or robotics) and build complex models.",
    "skills": ["computer-vision", "nlp", "robotics"],
    "sources": ["ai-ml-career-profile"]
  }
]

"""###),
        (.certifications, ###"""
[
  {
    "id": "deeplearning-ai-ml-specialization",
    "name": "DeepLearning.AI Machine Learning Specialization",
    "aliases": ["Machine Learning Specialization"],
    "issuer": null,
    "summary": "A beginner-friendly certification in AI and machine learning.",
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "aws-ml-specialty",
    "name": "AWS Certified Machine Learning – Specialty",
    "aliases": ["AWS Certified Machine Learning", "AWS Machine Learning Specialty"],
    "issuer": null,
    "summary": "A beginner-friendly certification in AI and machine learning.",
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "tensorflow-developer-certificate",
    "name": "TensorFlow Developer Certificate",
    "aliases": ["TensorFlow certificate"],
    "issuer": null,
    "summary": "A beginner-friendly certification in AI and machine learning.",
    "sources": ["ai-ml-career-profile"]
  }
]

"""###),
        (.projects, ###"""
[
  {
    "id": "spam-detector",
    "name": "Spam detector",
    "aliases": [],
    "level": "beginner",
    "summary": "A beginner project: a model that detects spam.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "fruit-image-classifier",
    "name": "Image classifier for fruits",
    "aliases": ["fruit classifier"],
    "level": "beginner",
    "summary": "A beginner project: an image classifier that recognizes fruits.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "pretrained-chatbot",
    "name": "Chatbot using a pre-trained model",
    "aliases": ["chatbot"],
    "level": "intermediate",
    "summary": "An intermediate project: a chatbot built on a pre-trained model, like GPT.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "medical-outcome-model",
    "name": "Custom model for predicting medical outcomes",
    "aliases": ["medical outcomes"],
    "level": "advanced",
    "summary": "An advanced project: building a custom model that predicts medical outcomes.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "financial-fraud-model",
    "name": "Custom model for predicting financial fraud",
    "aliases": ["financial fraud"],
    "level": "advanced",
    "summary": "An advanced project: building a custom model that predicts financial fraud.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  }
]

"""###),
        (.tips, ###"""
[
  {
    "id": "keep-learning",
    "name": "Keep learning",
    "summary": "Machine learning never stops changing: keep up with what is new.",
    "actions": ["Take additional courses.", "Attend conferences.", "Read research papers and industry news."],
    "sources": ["course-unit"]
  },
  {
    "id": "gain-practical-experience",
    "name": "Gain practical experience",
    "summary": "Hands-on experience is crucial.",
    "actions": ["Do internships.", "Build projects.", "Contribute to open-source projects."],
    "sources": ["course-unit"]
  },
  {
    "id": "network",
    "name": "Network",
    "summary": "Knowing people in the field opens doors and lets you learn from them.",
    "actions": ["Join professional organizations.", "Attend meetups.", "Take part in online forums."],
    "sources": ["course-unit"]
  },
  {
    "id": "specialize",
    "name": "Specialize",
    "summary": "A broad understanding of machine learning matters, but specializing in an area such as LLMs can make you more attractive to employers.",
    "actions": ["Within LLMs, consider an aspect such as fine-tuning, ethical considerations or specific applications."],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "id": "advanced-degree",
    "name": "Consider an advanced degree",
    "summary": "A master's or doctoral degree in a related field could improve your career prospects.",
    "actions": [],
    "sources": ["llm-career-article"]
  },
  {
    "id": "continuous-education",
    "name": "Continuous education",
    "summary": "Continuous education will be crucial for engineers to keep their skills relevant.",
    "actions": ["Attend workshops.", "Take online courses.", "Join collaborative projects."],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "contribute-to-open-source",
    "name": "Contribute to open source",
    "summary": "As the technology matures, contributing to open-source projects is a way into a community of innovation and shared knowledge around LLMs, and it counts as hands-on experience.",
    "actions": [],
    "sources": ["llm-engineer-news", "course-unit"]
  },
  {
    "id": "stay-ahead-of-trends",
    "name": "Stay ahead of trends",
    "summary": "As more sophisticated models emerge and new challenges arise, engineers will need to stay ahead of the trends.",
    "actions": ["Follow model optimization and deployment strategies.", "Follow the evolving ethical considerations surrounding AI."],
    "sources": ["llm-engineer-news"]
  }
]

"""###),
        (.topics, ###"""
[
  {
    "id": "tokenization",
    "name": "Tokenization",
    "summary": "Turning text into a form that models can process: a foundational skill for language model engineers.",
    "details": ["Engineers need to master a range of tokenization techniques to get the best out of how data is fed into models."],
    "skills": ["tokenization-techniques"],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "model-architecture",
    "name": "Model architecture",
    "summary": "The design and structure of the neural networks that underlie LLMs; a critical area.",
    "details": ["Engineers who develop or fine-tune models need to know architectures such as Transformers and their attention mechanisms: that familiarity is vital."],
    "skills": ["neural-networks", "transformers", "attention-mechanisms"],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "training-methodologies",
    "name": "Training methodologies",
    "summary": "The strategies for training models: supervised and unsupervised learning, transfer learning and reinforcement learning.",
    "details": ["Each strategy brings its own challenges and uses, which makes knowing them essential to developing models well."],
    "skills": ["supervised-learning", "unsupervised-learning", "transfer-learning", "reinforcement-learning"],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "evaluation-metrics",
    "name": "Evaluation metrics",
    "summary": "Metrics such as perplexity, BLEU scores and F1 scores show how well models perform in real-world scenarios; they matter as much as the other three topics.",
    "details": ["Understanding them lets engineers make informed decisions about improving and deploying their models."],
    "skills": ["perplexity", "bleu", "f1-score", "model-evaluation"],
    "sources": ["llm-engineer-news"]
  }
]

"""###),
        (.field, ###"""
[
  {
    "id": "what-it-is",
    "title": "What the field is",
    "paragraphs": [
      "Machine learning is the scientific study of algorithms and statistical models that let computers do tasks they are given no explicit instructions for.",
      "AI and machine learning engineering builds systems that learn from data how to predict or decide, rather than being programmed explicitly for every task.",
      "The field, and Large Language Models (LLMs) above all, is evolving and growing fast, which opens a wealth of career opportunities to people with the right skills and qualifications."
    ],
    "points": [],
    "sources": ["course-unit", "ai-ml-career-profile", "llm-career-article"]
  },
  {
    "id": "job-market",
    "title": "Job market and demand",
    "paragraphs": [
      "Demand for machine learning specialists, especially those with expertise in LLMs, is growing exponentially as more and more industries adopt machine learning. Qualified professionals are in significant shortage, which makes the field lucrative, with excellent job prospects.",
      "Demand for professionals who know LLMs such as GPT-3 is rising, but breaking into the field takes a specific set of skills and an understanding of the roles on offer.",
      "The growing reliance on LLMs across industries is reshaping the job market for engineers: companies increasingly look for people who understand these topics in depth, and the demand for specialized knowledge will only grow.",
      "Engineers who invest in these skills improve their employability and help advance AI; with the right skills, they can make a real difference to their organizations by building models that are more accurate, more efficient and better aligned with business goals."
    ],
    "points": [],
    "sources": ["course-unit", "llm-career-article", "llm-engineer-news"]
  },
  {
    "id": "industries",
    "title": "Industries",
    "paragraphs": ["Machine learning is being adopted across a wide range of industries, among them:"],
    "points": [
      { "text": "Healthcare" },
      { "text": "Finance" },
      { "text": "Entertainment" },
      { "text": "Transportation" }
    ],
    "sources": ["course-unit", "llm-engineer-news"]
  },
  {
    "id": "real-world-examples",
    "title": "Real-world examples",
    "paragraphs": [],
    "points": [
      { "text": "Self-driving cars" },
      { "text": "ChatGPT" },
      { "text": "Face recognition on your phone" }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "day-to-day",
    "title": "Day-to-day work",
    "paragraphs": [],
    "points": [
      { "text": "Training models, tuning hyperparameters and deploying AI models into production." },
      { "text": "Writing scripts to prepare data, train models and evaluate results." }
    ],
    "sources": ["ai-ml-career-profile", "llm-career-article"]
  },
  {
    "id": "who-it-is-for",
    "title": "Who this path is for",
    "paragraphs": ["People with the right skills who love learning and innovating will find exciting, rewarding work here."],
    "points": [
      { "label": "Interests", "text": "Advanced technology, math, automation and cutting-edge research." },
      { "label": "Personality traits", "text": "Persistent, innovative and comfortable with uncertainty." },
      { "label": "Strengths", "text": "Advanced mathematical logic and deep technical curiosity." }
    ],
    "sources": ["ai-ml-career-profile", "course-unit"]
  },
  {
    "id": "building-a-career",
    "title": "Building a career",
    "paragraphs": [
      "A successful career in machine learning and LLMs takes the right skills, continuous learning and networking together.",
      "Building the right skills and knowing which roles exist puts you in a good position to thrive in a field that moves this fast."
    ],
    "points": [],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "id": "reality-check",
    "title": "Reality check",
    "paragraphs": [],
    "points": [
      { "label": "Difficulty", "text": "High: a very high barrier to entry because of the math and theory." },
      { "label": "Common struggles", "text": "Long training times, \"black box\" models that are hard to debug, and ethical dilemmas." },
      { "label": "Myth", "text": "AI will take over the world tomorrow." },
      { "label": "Reality", "text": "AI is just very advanced pattern matching." }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "next-steps",
    "title": "Next steps",
    "paragraphs": [],
    "points": [
      { "text": "Brush up on your linear algebra." }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "outlook",
    "title": "Outlook",
    "paragraphs": [
      "The landscape for LLM engineers will keep changing as more sophisticated models emerge and new challenges arise. Mastering the essential topics is a collective effort that moves the industry forward, not only an individual pursuit.",
      "Work on LLMs puts you at the leading edge of AI research."
    ],
    "points": [],
    "sources": ["llm-engineer-news", "llm-career-article"]
  },
  {
    "id": "keep-in-mind",
    "title": "Keep in mind",
    "paragraphs": ["The specifics of launching a career in LLMs vary with location, company and personal career goals."],
    "points": [],
    "sources": ["llm-career-article"]
  }
]

"""###),
    ]
}
