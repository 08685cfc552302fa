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
  { "id": "linear-algebra", "name": "Linear algebra", "aliases": [], "searchTerms": ["linalg"], "category": "mathematics",
    "description": "Part of the strong foundation in mathematics needed to succeed in machine learning; with calculus, the advanced math you must learn for AI/ML engineering. Brushing up on it is one of the next steps.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "calculus", "name": "Calculus", "aliases": [], "category": "mathematics",
    "description": "Part of the strong foundation in mathematics needed to succeed in machine learning; with linear algebra, the advanced math you must learn for AI/ML engineering.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "probability", "name": "Probability", "aliases": [], "category": "mathematics",
    "description": "Part of the strong foundation in mathematics needed to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "python", "name": "Python", "aliases": [], "category": "programming",
    "description": "Among programming languages, proficiency in Python in particular is essential for a career in LLMs. Mastering it, with the math behind machine learning, is the first phase of the roadmap.",
    "countsToward": [
      { "skill": "programming", "quote": "programming languages, particularly Python", "sources": ["llm-career-article"] }
    ],
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "programming", "name": "Programming", "aliases": ["programming languages"], "searchTerms": ["coding"], "category": "programming",
    "description": "Proficiency in programming languages, particularly Python, is essential for a career in LLMs, where you'll often need to write scripts to prepare data, train models and evaluate results. A strong foundation in programming is needed to succeed in machine learning.",
    "sources": ["course-unit", "llm-career-article"] },
  { "id": "computer-science", "name": "Computer science", "aliases": [], "searchTerms": ["CS"], "category": "programming",
    "description": "With mathematics, part of the strong foundation needed to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "ml-algorithms", "name": "Machine learning algorithms", "aliases": ["machine learning concepts"], "searchTerms": ["ML", "machine learning", "ML algorithms"], "category": "machine-learning",
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
  { "id": "reinforcement-learning", "name": "Reinforcement learning", "aliases": [], "searchTerms": ["RL"], "category": "machine-learning",
    "description": "One of the strategies for training models that language model engineers need to understand, each with its own challenges and applications.",
    "sources": ["llm-engineer-news"] },
  { "id": "model-training", "name": "Model training", "aliases": ["training models"], "category": "machine-learning",
    "description": "Training models is part of the day-to-day work of AI/ML engineering. Machine Learning Engineers are often responsible for it, and in a career in LLMs you'll often need to write scripts to train models.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "hyperparameter-tuning", "name": "Hyperparameter tuning", "aliases": ["tuning hyperparameters"], "category": "machine-learning",
    "description": "Tuning hyperparameters is part of the day-to-day work of AI and machine learning engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "fine-tuning", "name": "Fine-tuning", "aliases": ["fine-tuning LLMs"], "searchTerms": ["finetuning"], "category": "machine-learning",
    "description": "Machine Learning Engineers are often responsible for training models, including fine-tuning LLMs for specific tasks. As your career in LLMs progresses, you may choose to specialize in fine-tuning.",
    "sources": ["llm-career-article"] },
  { "id": "neural-networks", "name": "Neural networks", "aliases": [], "searchTerms": ["NN", "neural nets"], "category": "deep-learning",
    "description": "Knowledge of neural networks is essential to succeed in machine learning, and they are a core technical skill you must learn for AI/ML engineering; a solid understanding of them is fundamental for a career in LLMs. Their design and structure underlie LLMs, and the Deep Learning phase dives into them.",
    "sources": ["course-unit", "llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "deep-learning", "name": "Deep learning", "aliases": [], "searchTerms": ["DL"], "category": "deep-learning",
    "description": "A core technical skill you must learn for AI/ML engineering. A solid understanding of it is fundamental for a career in LLMs, and for those specializing in LLMs, expertise in it is crucial.",
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"] },
  { "id": "large-language-models", "name": "Large language models", "aliases": ["LLM", "LLMs"], "searchTerms": ["language models"], "category": "deep-learning",
    "description": "Models such as GPT-3, behind a growing number of career opportunities. Expertise in them is in rising demand, and the Deep Learning phase dives into them.",
    "sources": ["course-unit", "llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "nlp", "name": "Natural language processing", "aliases": ["NLP"], "category": "deep-learning",
    "description": "Expertise in it is crucial for those specializing in LLMs, and it is one of the niches to choose from in the Specialization phase of the roadmap.",
    "sources": ["course-unit", "ai-ml-career-profile"] },
  { "id": "tokenization-techniques", "name": "Tokenization techniques", "aliases": ["tokenization"], "searchTerms": ["tokenizers"], "category": "deep-learning",
    "description": "Converting text into a format models can process. A foundational skill: language model engineers must master various techniques to optimize how data is fed into models.",
    "sources": ["llm-engineer-news"] },
  { "id": "transformers", "name": "Transformers", "aliases": [], "searchTerms": ["Transformer architecture"], "category": "deep-learning",
    "description": "A neural network architecture behind LLMs. Familiarity with it and its attention mechanisms is vital for engineers who develop or fine-tune models.",
    "sources": ["llm-engineer-news"] },
  { "id": "attention-mechanisms", "name": "Attention mechanisms", "aliases": [], "searchTerms": ["attention"], "category": "deep-learning",
    "description": "The mechanisms of Transformer architectures. Familiarity with them is vital for engineers who develop or fine-tune models.",
    "sources": ["llm-engineer-news"] },
  { "id": "model-evaluation", "name": "Model evaluation", "aliases": [], "searchTerms": ["evaluating models"], "category": "evaluation",
    "description": "Assessing how well models perform, with metrics that inform decisions about improvements and deployment. In a career in LLMs, you'll often need to write scripts to evaluate results.",
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
  { "id": "data-preparation", "name": "Data preparation", "aliases": [], "searchTerms": ["preparing data"], "category": "data",
    "description": "Data Scientists are crucial for preparing the datasets used in training LLMs. In a career in LLMs, you'll often need to write scripts to prepare data.",
    "sources": ["llm-career-article"] },
  { "id": "data-cleaning", "name": "Data cleaning", "aliases": [], "searchTerms": ["cleaning data"], "category": "data",
    "description": "Part of working with large datasets, an ability that is key for a career in LLMs; Data Scientists clean and analyze data.",
    "sources": ["llm-career-article"] },
  { "id": "data-analysis", "name": "Data analysis", "aliases": [], "searchTerms": ["analyzing data"], "category": "data",
    "description": "Data Scientists use machine learning to analyze and interpret complex datasets, often to help businesses make better decisions. Data analysis is part of working with large datasets, an ability that is key for a career in LLMs.",
    "sources": ["course-unit", "llm-career-article"] },
  { "id": "data-visualization", "name": "Data visualization", "aliases": ["visualization"], "category": "data",
    "description": "Part of working with large datasets, an ability that is key for a career in LLMs.",
    "sources": ["llm-career-article"] },
  { "id": "tensorflow", "name": "TensorFlow", "aliases": [], "searchTerms": ["TF"], "category": "tools",
    "description": "An AI framework, one of the tools you must learn for AI/ML engineering; familiarity with AI frameworks like TensorFlow or PyTorch is often required for a career in LLMs.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "pytorch", "name": "PyTorch", "aliases": [], "category": "tools",
    "description": "An AI framework, one of the tools you must learn for AI/ML engineering; familiarity with AI frameworks like TensorFlow or PyTorch is often required for a career in LLMs.",
    "sources": ["llm-career-article", "ai-ml-career-profile"] },
  { "id": "scikit-learn", "name": "Scikit-learn", "aliases": [], "searchTerms": ["sklearn"], "category": "tools",
    "description": "One of the tools and technologies you must learn for AI/ML engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "gpu-computing", "name": "GPU computing", "aliases": [], "searchTerms": ["GPU"], "category": "tools",
    "description": "One of the tools and technologies you must learn for AI/ML engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "deployment", "name": "Model deployment", "aliases": ["deployment"], "searchTerms": ["deploying models"], "category": "production",
    "description": "Deploying AI models into production is part of the day-to-day work of AI/ML engineering. LLM engineers will need to stay ahead of trends in deployment strategies.",
    "sources": ["llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "model-optimization", "name": "Model optimization", "aliases": [], "searchTerms": ["optimization"], "category": "production",
    "description": "LLM engineers will need to stay ahead of trends in model optimization.",
    "sources": ["llm-engineer-news"] },
  { "id": "computer-vision", "name": "Computer vision", "aliases": [], "searchTerms": ["CV"], "category": "specializations",
    "description": "One of the niches to choose from in the Specialization phase of the roadmap.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "robotics", "name": "Robotics", "aliases": [], "category": "specializations",
    "description": "One of the niches to choose from in the Specialization phase of the roadmap.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "research-abilities", "name": "Research abilities", "aliases": [], "searchTerms": ["research", "research papers"], "category": "research",
    "description": "Keeping up with the latest research in LLMs, which is vital: reading and understanding research papers, implementing new techniques, and possibly conducting original research.",
    "sources": ["llm-career-article"] },
  { "id": "ai-ethics", "name": "AI ethics", "aliases": ["ethical considerations"], "searchTerms": ["ethics"], "category": "research",
    "description": "LLM engineers will need to stay ahead of the evolving ethical considerations surrounding AI. As your career progresses, you may choose to specialize in an aspect of LLMs such as ethical considerations. Ethical dilemmas are among the common struggles of AI/ML engineering.",
    "sources": ["llm-career-article", "llm-engineer-news", "ai-ml-career-profile"] },
  { "id": "problem-solving", "name": "Problem-solving", "aliases": [], "category": "soft-skills",
    "description": "Beyond the technical skills, problem-solving abilities are also important to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "creativity", "name": "Creativity", "aliases": [], "category": "soft-skills",
    "description": "Beyond the technical skills, creativity is also important to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "willingness-to-learn", "name": "Willingness to learn", "aliases": [], "searchTerms": ["continuous learning", "adaptability"], "category": "soft-skills",
    "description": "Beyond the technical skills, a willingness to continually learn and adapt is also important to succeed in machine learning.",
    "sources": ["course-unit"] },
  { "id": "research-ethics", "name": "Research ethics", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills you must learn for AI/ML engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "problem-framing", "name": "Problem framing", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills you must learn for AI/ML engineering.",
    "sources": ["ai-ml-career-profile"] },
  { "id": "long-term-thinking", "name": "Long-term thinking", "aliases": [], "category": "soft-skills",
    "description": "One of the soft skills you must learn for AI/ML engineering.",
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
    "aliases": ["ML Engineer"],
    "searchTerms": ["MLE", "AI/ML Engineer"],
    "level": "entry",
    "summary": "Designs, implements and maintains machine learning systems, and is often responsible for training models, including fine-tuning LLMs for specific tasks.",
    "responsibilities": [
      "Design, implement and maintain machine learning systems.",
      "Often work closely with data scientists to create models that solve complex problems.",
      "Often take responsibility for training models, including fine-tuning LLMs for specific tasks."
    ],
    "next": [],
    "related": ["data-scientist"],
    "skills": [
      { "skill": "model-training", "sources": ["llm-career-article"] },
      { "skill": "fine-tuning", "sources": ["llm-career-article"] }
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "id": "data-scientist",
    "name": "Data Scientist",
    "aliases": [],
    "searchTerms": ["DS"],
    "level": null,
    "summary": "Uses machine learning to analyze and interpret complex datasets, and is crucial for preparing the datasets used in training LLMs.",
    "responsibilities": [
      "Analyze and interpret complex datasets, often to help businesses make better decisions.",
      "Prepare the datasets used in training LLMs, cleaning and analyzing the data.",
      "May also be involved in model training and evaluation."
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
    "summary": "Conducts cutting-edge research in machine learning and LLMs, and contributes to the development of new techniques and algorithms for training and using LLMs.",
    "responsibilities": [
      "Conduct cutting-edge research in machine learning and LLMs, often in academic or industrial research labs.",
      "Contribute to the development of new techniques and algorithms for training and using LLMs.",
      "Stay up to date with the latest research.",
      "Often publish their own research."
    ],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "research-abilities", "sources": ["course-unit", "llm-career-article"] },
      { "skill": "large-language-models", "sources": ["course-unit", "llm-career-article"] }
    ],
    "sources": ["course-unit", "llm-career-article", "ai-ml-career-profile"]
  },
  {
    "id": "ai-specialist",
    "name": "AI Specialist",
    "aliases": [],
    "searchTerms": ["Artificial Intelligence Specialist"],
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
    "aliases": ["LLM Engineer"],
    "searchTerms": ["Large Language Model Engineer"],
    "level": null,
    "summary": "An engineer who works with large language models (LLMs). Key topics for LLM engineers include tokenization, model architecture, training methodologies and evaluation metrics, and understanding these systems in depth is becoming imperative for engineers who want to thrive in the competitive AI landscape.",
    "responsibilities": [
      "Master tokenization techniques to optimize how data is fed into models.",
      "Understand the different strategies for training models: supervised, unsupervised, transfer and reinforcement learning.",
      "Assess models with metrics such as perplexity, BLEU and F1 scores, and decide on improvements and deployment strategies.",
      "Will need to stay ahead of trends in model optimization and deployment strategies, and of the evolving ethical considerations surrounding AI."
    ],
    "next": [],
    "related": [],
    "skills": [
      { "skill": "tokenization-techniques", "weights": [{"need": "foundational", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "transformers", "weights": [{"need": "vital", "audience": "for engineers tasked with developing or fine-tuning models", "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "attention-mechanisms", "weights": [{"need": "vital", "audience": "for engineers tasked with developing or fine-tuning models", "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "supervised-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "unsupervised-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "transfer-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "reinforcement-learning", "weights": [{"need": "essential", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "model-evaluation", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "perplexity", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "bleu", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "f1-score", "weights": [{"need": "equally important", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "neural-networks", "weights": [{"need": "critical", "audience": null, "sources": ["llm-engineer-news"]}], "sources": ["llm-engineer-news"] },
      { "skill": "model-optimization", "sources": ["llm-engineer-news"] },
      { "skill": "deployment", "sources": ["llm-engineer-news"] },
      { "skill": "ai-ethics", "sources": ["llm-engineer-news"] }
    ],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "junior-ai-researcher",
    "name": "Junior AI Researcher",
    "aliases": [],
    "searchTerms": ["Junior Researcher"],
    "level": "entry",
    "summary": "One of the entry-level roles among the career outcomes of AI/ML engineering.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "computer-vision-engineer",
    "name": "Computer Vision Engineer",
    "aliases": [],
    "searchTerms": ["CV Engineer"],
    "level": null,
    "summary": "One of the job titles among the career outcomes of AI/ML engineering.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "nlp-engineer",
    "name": "NLP Engineer",
    "aliases": [],
    "searchTerms": ["Natural Language Processing Engineer"],
    "level": null,
    "summary": "One of the job titles among the career outcomes of AI/ML engineering.",
    "responsibilities": [],
    "next": [],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "senior-ml-engineer",
    "name": "Senior ML Engineer",
    "aliases": [],
    "searchTerms": ["Senior Machine Learning Engineer"],
    "level": null,
    "summary": "A role on the growth path of AI/ML engineering; leads to Principal AI Architect.",
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
    "summary": "A role on the growth path of AI/ML engineering, after Senior ML Engineer; leads to Head of AI.",
    "responsibilities": [],
    "next": ["head-of-ai"],
    "related": [],
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "head-of-ai",
    "name": "Head of AI",
    "aliases": [],
    "searchTerms": ["Head of Artificial Intelligence"],
    "level": null,
    "summary": "A role on the growth path of AI/ML engineering, after Principal AI Architect.",
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
    "aliases": [],
    "searchTerms": ["Machine Learning Specialization"],
    "issuer": null,
    "summary": "A beginner-friendly certification in AI and machine learning.",
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "aws-ml-specialty",
    "name": "AWS Certified Machine Learning – Specialty",
    "aliases": [],
    "searchTerms": ["AWS Certified Machine Learning", "AWS Machine Learning Specialty"],
    "issuer": null,
    "summary": "A beginner-friendly certification in AI and machine learning.",
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "tensorflow-developer-certificate",
    "name": "TensorFlow Developer Certificate",
    "aliases": [],
    "searchTerms": ["TensorFlow certificate"],
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
    "aliases": [],
    "searchTerms": ["fruit classifier"],
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
    "aliases": [],
    "searchTerms": ["medical outcomes"],
    "level": "advanced",
    "summary": "An advanced project: building a custom model that predicts medical outcomes.",
    "skills": [],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "financial-fraud-model",
    "name": "Custom model for predicting financial fraud",
    "aliases": [],
    "searchTerms": ["financial fraud"],
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
    "summary": "Machine learning is constantly evolving, so it is important to keep up to date with the latest developments.",
    "actions": ["This might mean taking more courses, going to conferences, or reading research papers and industry news."],
    "sources": ["course-unit"]
  },
  {
    "id": "gain-practical-experience",
    "name": "Gain practical experience",
    "summary": "Hands-on experience is crucial.",
    "actions": ["It could come through internships, projects or contributions to open-source projects."],
    "sources": ["course-unit"]
  },
  {
    "id": "network",
    "name": "Network",
    "summary": "Networking can open doors to opportunities and help you learn from others in the field.",
    "actions": ["Consider joining professional organizations, going to meetups or taking part in online forums."],
    "sources": ["course-unit"]
  },
  {
    "id": "specialize",
    "name": "Specialize",
    "summary": "A broad understanding of machine learning matters, but specializing in an area such as LLMs can make you more attractive to employers.",
    "actions": ["As your career progresses, you may choose to specialize in an aspect of LLMs such as fine-tuning, ethical considerations or specific applications."],
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
    "summary": "As the technology matures, engineers will have opportunities to contribute to open-source projects, which fosters a community of innovation and shared knowledge around LLMs. Contributing to open-source projects could also be one way to gain hands-on experience.",
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
    "details": ["Engineers must master a range of tokenization techniques to optimize how data is fed into models."],
    "skills": ["tokenization-techniques"],
    "sources": ["llm-engineer-news"]
  },
  {
    "id": "model-architecture",
    "name": "Model architecture",
    "summary": "The design and structure of the neural networks that underlie LLMs; a critical area.",
    "details": ["For engineers tasked with developing or fine-tuning models, familiarity with architectures such as Transformers and their attention mechanisms is vital."],
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
    "summary": "Evaluation metrics are equally important: metrics such as perplexity, BLEU scores and F1 scores give insight into how well models perform in real-world scenarios.",
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
      "The field of machine learning, especially Large Language Models (LLMs), is evolving and expanding fast, which creates a wealth of career opportunities for people with the right skills and qualifications."
    ],
    "points": [],
    "sources": ["course-unit", "ai-ml-career-profile"]
  },
  {
    "id": "job-market",
    "title": "Job market and demand",
    "paragraphs": [
      "Demand for machine learning specialists, especially those with expertise in LLMs, is growing exponentially as more and more industries adopt machine learning. Qualified professionals are in significant shortage, which makes the field lucrative, with excellent job prospects.",
      "Demand for professionals who know LLMs such as GPT-3 is rising, but breaking into the field takes a specific set of skills and an understanding of the roles on offer.",
      "The essential skills for language model engineers have recently come into focus, highlighting the growing demand for expertise in the field. As companies try to harness the power of LLMs, understanding these systems in depth is becoming imperative for engineers who want to thrive in the competitive AI landscape.",
      "The growing reliance on LLMs across industries, from healthcare to finance, is reshaping the job market for engineers: companies increasingly look for people with a comprehensive understanding of the key topics for LLM engineers (tokenization, model architecture, training methodologies and evaluation metrics), and as LLMs keep evolving, the demand for specialized knowledge will only intensify.",
      "Engineers who invest time in mastering these topics will improve their employability and also help advance AI technologies; with the right skills, they can make a real difference to their organizations by building models that are more accurate, more efficient and better aligned with business goals."
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
    "sources": ["course-unit"]
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
      { "text": "Training models, tuning hyperparameters and deploying AI models into production." }
    ],
    "sources": ["ai-ml-career-profile"]
  },
  {
    "id": "who-it-is-for",
    "title": "Who this path is for",
    "paragraphs": ["Machine learning and LLMs offer exciting, rewarding career opportunities to people who have the right skills and a passion for learning and innovation."],
    "points": [
      { "label": "Interests", "text": "Advanced technology, math, automation and cutting-edge research." },
      { "label": "Personality traits", "text": "Persistent, innovative and comfortable with uncertainty." },
      { "label": "Strengths", "text": "Advanced mathematical logic and deep technical curiosity." }
    ],
    "sources": ["ai-ml-career-profile", "course-unit"]
  },
  {
    "id": "roles",
    "title": "Roles",
    "paragraphs": [
      "There are numerous career paths in machine learning and LLMs. Some of the most common roles include Machine Learning Engineer, Data Scientist, Research Scientist and AI Specialist.",
      "Roles that are central to the field of LLMs include Data Scientist, Machine Learning Engineer and Research Scientist."
    ],
    "points": [],
    "sources": ["course-unit", "llm-career-article"]
  },
  {
    "id": "building-a-career",
    "title": "Building a career",
    "paragraphs": [
      "A successful career in machine learning and LLMs takes the right skills, continuous learning and networking together.",
      "By building the right skills and understanding which roles are available, you can position yourself to thrive in the dynamic field of LLMs."
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
      "A career in LLMs offers exciting opportunities to work at the cutting edge of AI research."
    ],
    "points": [],
    "sources": ["llm-engineer-news", "llm-career-article"]
  },
  {
    "id": "keep-in-mind",
    "title": "Keep in mind",
    "paragraphs": ["The specifics of launching a career in LLMs may vary with factors such as location, company and personal career goals."],
    "points": [],
    "sources": ["llm-career-article"]
  }
]

"""###),
    ]
}
