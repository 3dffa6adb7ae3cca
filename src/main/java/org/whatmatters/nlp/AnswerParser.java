package org.whatmatters.nlp;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses free-text answers (web chat, SMS, transcribed phone) into yes/no, numbers, choices,
 * global commands and lists of items. Word lists and small grammars; no external libraries.
 */
public final class AnswerParser {
    private AnswerParser() {}

    // ---------------------------------------------------------------- normalisation
    /** Text-speak and common misspellings, token to replacement ("" drops the token). */
    private static final Map<String, String> SLANG = pairs(
        "u=you;ur=your;cn=can;r=are;pls,plz,plse,pleas,pleez,pleeze,plez,pleaz=please;thx,thnx,thanx,ty=thanks;"
        + "tbh,tbf,lol,haha,lmao,imo,imho,btw,x,xx,xxx=;idk=i dont know;dnt,don,dont=dont;iam=im;"
        + "thts,tht=thats;wat,wot,wht=what;cos,coz,cuz,bcos,bc=because;wanna=want to;gonna=going to;"
        + "gotta=got to;lemme=let me;gimme=give me;sum1,some1,sumone,sumbody=someone;any1,ne1=anyone;"
        + "ppl=people;spk=speak;tlk,tawk=talk;agen,agn,agian=again;rpt=repeat;msg=message;txt,tx=text;"
        + "fone=phone;realy,rly=really;def,defo,deffo,definately,definetly,defintely,definitly=definitely;"
        + "absolutly,absolutley=absolutely;alrite,aight,awright,alrght=alright;okay,okey,okie,oki,okies=ok;"
        + "gud,gd=good;gr8=great;2day=today;b4=before;wiv,wid=with;abt=about;wud=would;cud=could;"
        + "shud=should;luv=love;tho=though;nxt=next;bk=back;hlp,halp=help;nuthin,nothin=nothing;"
        + "yh,ye,yeh,yea,yah,yas,yus=yeah;nope,nop=nope;dunno,dunnno,duno=dont know;noone=no one");

    /** Multi-word forms folded to their contracted, apostrophe-free spelling. */
    private static final Map<String, String> CONTRACT = pairs("do not=dont;does not=doesnt;did not=didnt;is not=isnt;"
        + "are not=arent;was not=wasnt;can not,cannot=cant;will not=wont;would not=wouldnt;have not=havent;i am=im;"
        + "that is=thats;it is=its;i would=id;e mail=email");

    /** "a,b=x;c=y" to {a:x, b:x, c:y}. */
    private static Map<String, String> pairs(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String[] kv : Arrays.stream(spec.split(";")).map(e -> e.split("=", -1)).toList()) {
            for (String k : kv[0].split(",")) m.put(k, kv[1]);
        }
        return m;
    }

    private static Set<String> set(String words) { return new HashSet<>(Arrays.asList(words.trim().split("\\s+"))); }

    /** Lower-case, apostrophe-free, single-spaced tokens with text-speak expanded. */
    static String norm(String s) {
        if (s == null) return "";
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
            .replaceAll("\uD83D\uDC4D|\uD83D\uDC4C|\u2705|\u2714", " thumbsup ")
            .replaceAll("\uD83D\uDC4E|\u274C|\u2716", " thumbsdown ")
            .replaceAll("\\bi'll\\b", "i will").replace("'", "").replace("&", " and ")
            .replaceAll("[^a-z0-9]+", " ").trim();
        String out = " " + String.join(" ", Arrays.stream(t.split(" ")).map(w -> SLANG.getOrDefault(w, w))
            .filter(w -> !w.isEmpty()).toList()) + " ";
        for (var c : CONTRACT.entrySet()) out = out.replace(" " + c.getKey() + " ", " " + c.getValue() + " ");
        return out.trim();
    }

    private static List<String> toks(String n) { return n.isEmpty() ? List.of() : Arrays.asList(n.split(" ")); }

    /** "yesss" -> "yes", "noo" -> "no": collapse runs of a repeated letter. */
    private static String squash(String w) { return w.replaceAll("([a-z])\\1+", "$1"); }

    // ---------------------------------------------------------------- yes / no
    private static final int STRONG_YES = 2, WEAK_YES = 1, UNCLEAR = 0, WEAK_NO = -1, STRONG_NO = -2;
    private static final Map<String, Integer> YN = new HashMap<>();
    private static final Map<String, Integer> YN_SQUASHED = new HashMap<>();
    private static int ynMaxLen = 1;

    static {
        yn(STRONG_YES, "yes,yeah,ya,yep,yup,aye,ok,sure,certainly,definitely,absolutely,correct,alright,true,agree,"
            + "agreed,indeed,affirmative,thumbsup,of course,course,thats right,thats correct,thats true,go on,go ahead,"
            + "go for it,why not,please do,no problem,no worries,i think so,i guess so,i suppose so,dont mind,"
            + "i dont mind,wouldnt mind,i wouldnt mind,all right,sounds good,sounds great,sounds lovely,yes please,"
            + "happy to,totally,exactly,too right,for sure,you bet,sure thing,by all means,yes it is,"
            + "that would be great,that would be lovely,that would be nice,that would be good,that would help");
        yn(WEAK_YES, "fine,right,please,good,great,perfect,lovely,brilliant,grand,cool,nice,happy,thats fine,thats ok,"
            + "thats good,thats great,thats lovely,id,i do,i will,i can,i did,it does,love to,id love to,id like that,"
            + "id like to,would be nice");
        yn(STRONG_NO, "no,nope,nah,na,naw,nay,never,wrong,incorrect,false,disagree,negative,thumbsdown,nada,"
            + "no thanks,no thank you,no ta,not really,not now,not today,not yet,not at all,not at the moment,"
            + "not right now,not for me,not interested,no way,no chance,rather not,id rather not,prefer not,"
            + "id prefer not,dont agree,i disagree,dont think so,i dont think so,dont want,dont want to,"
            + "please dont,thats wrong,of course not,not that");
        yn(WEAK_NO, "not,dont,doesnt,didnt,isnt,arent,wasnt,werent,wont,cant,couldnt,wouldnt,shouldnt,"
            + "havent,hasnt,hadnt,none,nothing,nobody,no one");
        yn(UNCLEAR, "not sure,unsure,dont know,dont no,no idea,maybe,mayb,perhaps,possibly,probably,might,"
            + "sometimes,depends,it depends,kind of,kinda,sort of,sorta,a bit,a little,not certain,not too sure,"
            + "cant remember,dont remember,hard to say,cant say,yes and no,yes or no,either,neither,whatever,"
            + "not bad,dont understand,what do you mean,huh,eh,pardon,partly,in between,not always");
    }

    private static void yn(int code, String phrases) {
        for (String p : phrases.split(",")) {
            String n = norm(p);
            YN.put(n, code);
            ynMaxLen = Math.max(ynMaxLen, n.split(" ").length);
            if (!n.contains(" ")) YN_SQUASHED.putIfAbsent(squash(n), code);
        }
    }

    private static final Set<String> FILLERS =
        set("oh ohh um umm erm er uh uhm hmm well ah so sorry hi hello hiya hey thanks thank you");
    private static final Set<String> SOLO_YES = set("y k kk yy im its"), SOLO_NO = set("n nn");

    /** Evaluative words that only mean "yes" in a short reply ("fine", "lovely"), not in "the weather is nice". */
    private static final Set<String> EVAL = set("fine right good great perfect lovely brilliant grand cool nice happy");

    private record Sig(int code, int pos) {}

    /**
     * Yes/no in many forms; empty when unclear. A leading interjection ("no, that's fine") decides
     * unless contradicted by an opposite strong signal or hedging; otherwise strong signals outvote weak ones.
     */
    public static Optional<Boolean> yesNo(String text) {
        List<String> t = toks(norm(text));
        String only = t.size() == 1 ? t.get(0) : "";
        if (SOLO_YES.contains(only) || SOLO_NO.contains(only)) return Optional.of(SOLO_YES.contains(only));
        List<Sig> sigs = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            int[] m = ynMatch(t, i);
            if (m == null || (EVAL.contains(t.get(i)) && m[1] == 1 && t.size() > 3)) { i++; continue; }
            int code = m[0], next = i + m[1];
            if (code > 0 && next < t.size() && t.get(next).equals("not")) { code = STRONG_NO; next++; }
            else if (t.get(i).equals("not") && m[1] == 1 && next < t.size()) {
                int[] after = ynMatch(t, next);  // "not ok", "not right", "not correct"
                if (after != null && after[0] > 0) { code = STRONG_NO; next += after[1]; }
            }
            sigs.add(new Sig(code, i));
            i = next;
        }
        if (sigs.isEmpty()) return Optional.empty();
        int first = 0;
        while (first < t.size() && FILLERS.contains(t.get(first))) first++;
        Sig lead = sigs.get(0).pos() == first && Math.abs(sigs.get(0).code()) == 2 ? sigs.get(0) : null;
        boolean unclear = sigs.stream().anyMatch(s -> s.code() == UNCLEAR);
        if (lead != null) {
            boolean contra = sigs.stream().anyMatch(s -> s.code() == -lead.code());
            return unclear || contra ? Optional.empty() : Optional.of(lead.code() > 0);
        }
        if (unclear) return Optional.empty();
        for (int strength : new int[] {2, 1}) {
            boolean yes = sigs.stream().anyMatch(s -> s.code() == strength);
            boolean no = sigs.stream().anyMatch(s -> s.code() == -strength);
            if (yes || no) return yes == no ? Optional.empty() : Optional.of(yes);
        }
        return Optional.empty();
    }

    /** Longest lexicon phrase starting at i: {code, length} or null. */
    private static int[] ynMatch(List<String> t, int i) {
        for (int len = Math.min(ynMaxLen, t.size() - i); len >= 1; len--) {
            Integer c = YN.get(String.join(" ", t.subList(i, i + len)));
            if (c != null) return new int[] {c, len};
        }
        Integer c = YN_SQUASHED.get(squash(t.get(i)));
        return c == null ? null : new int[] {c, 1};
    }

    // ---------------------------------------------------------------- numbers
    private static final List<String> UNITS = List.of(("zero one two three four five six seven eight nine ten eleven "
        + "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split(" "));
    private static final List<String> TENS = List.of(
        "- - twenty thirty forty fifty sixty seventy eighty ninety".split(" "));
    private static final Map<String, Integer> NUM_WORDS = new HashMap<>();
    private static final Set<String> PRONOUN_ONE_BEFORE =
        set("a the this that no any every each which another good other same last first right");

    static {
        for (int i = 0; i < UNITS.size(); i++) NUM_WORDS.put(UNITS.get(i), i);
        for (int i = 2; i < TENS.size(); i++) NUM_WORDS.put(TENS.get(i), i * 10);
        for (String z : List.of("nought", "naught", "nil", "none", "zilch", "nowt")) NUM_WORDS.put(z, 0);
    }

    /** Value of a number word, tolerating "-ish" ("sixish"). */
    private static Integer wordValue(String w) {
        return NUM_WORDS.getOrDefault(w, w.endsWith("ish") ? NUM_WORDS.get(w.substring(0, w.length() - 3)) : null);
    }

    /** A whole number in [min,max]; empty when absent, out of range, decimal or ambiguous. */
    public static OptionalInt number(String text, int min, int max) {
        if (text == null || min > max) return OptionalInt.empty();
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (s.matches("(?s).*(\\d[.,]\\d|\\b(half|quarter|point)\\b).*")) return OptionalInt.empty();
        s = s.replaceAll("\\bout of\\b", " / ").replace("-", " ");
        List<String> t = Pattern.compile("\\d+|[a-z']+|/").matcher(s).results().map(r -> r.group()).toList();
        Set<Integer> values = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            boolean digits = w.matches("\\d+");
            Integer v = digits ? (Integer) (w.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(w)) : wordValue(w);
            if (v == null) continue;
            if (w.equals("one") && ((i > 0 && PRONOUN_ONE_BEFORE.contains(t.get(i - 1)))
                    || (i + 1 < t.size() && t.get(i + 1).equals("of")))) continue;  // "the first one", "one of"
            if (v >= 20 && v % 10 == 0 && !digits && i + 1 < t.size()) {
                Integer u = wordValue(t.get(i + 1));   // "twenty one"
                if (u != null && u > 0 && u < 10) { v += u; i++; }
            }
            if (i + 2 < t.size() && t.get(i + 1).equals("/")) i += 2;   // "7/10", "6 out of 10"
            values.add(v);
        }
        if (values.size() != 1) return OptionalInt.empty();
        int v = values.iterator().next();
        return v >= min && v <= max ? OptionalInt.of(v) : OptionalInt.empty();
    }

    // ---------------------------------------------------------------- choice
    private static final List<String> ORDINALS =
        List.of("first second third fourth fifth sixth seventh eighth ninth tenth".split(" "));
    private static final Set<String> SELECTOR_FILLER = set("the option number no choice one please i id like want "
        + "choose pick go for with select ill take its it is that thats a an answer say would yes ok um er erm oh "
        + "just thanks you number be prefer");
    private static final Set<String> STOP_WORDS = set("by me my the a an i id to via through on in of for with would "
        + "like prefer rather best is its it that thats be ok fine good yes please you can could just do want think "
        + "probably maybe preferably use using send get one option mine is are and or but so if please thanks "
        + "is this them him her we us our they really much most usually always normally happy im ill");
    private static final Set<String> NEGATORS = set("not dont never without except nothing isnt cant wont");
    private static final Set<String> SCOPE_END = set("but so instead rather just prefer");
    private static final Map<String, String> SYNONYMS = pairs(
        "txt,sms,texting,texts,texted=text;ring,telephone,phoning,calling,call,phonecall,mobile=phone;"
        + "emails,emailing,emailed=email;post,posted,posting,letters=letter");

    private static String canon(String w) {
        String s = SYNONYMS.get(w);
        if (s != null) return s;
        if (w.length() > 5 && w.endsWith("ing")) w = w.substring(0, w.length() - 3);
        else if (w.length() > 4 && w.endsWith("ed")) w = w.substring(0, w.length() - 2);
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.substring(0, w.length() - 1);
        return SYNONYMS.getOrDefault(w, w);
    }

    /** 1-based position named by a token ("2", "two", "second", "2nd"), -1 for "last", else 0. */
    private static int position(String w) {
        if (w.matches("\\d{1,2}(st|nd|rd|th)?")) return Integer.parseInt(w.replaceAll("\\D", ""));
        if (ORDINALS.contains(w)) return ORDINALS.indexOf(w) + 1;
        if (w.equals("last") || w.equals("final") || w.equals("bottom")) return -1;
        if (w.equals("top")) return 1;
        Integer v = NUM_WORDS.get(w);
        return v != null && v > 0 && v <= 10 ? v : 0;
    }

    private static OptionalInt atPosition(int pos, int size) {
        int idx = pos == -1 ? size - 1 : pos - 1;
        return idx >= 0 && idx < size ? OptionalInt.of(idx) : OptionalInt.empty();
    }

    /** Choose one option by number, ordinal or text; 0-based index, empty when none or ambiguous. */
    public static OptionalInt choice(String text, List<String> options) {
        if (text == null || options == null || options.isEmpty()) return OptionalInt.empty();
        String n = norm(text);
        for (int i = 0; i < options.size(); i++) {
            if (!n.isEmpty() && norm(options.get(i)).equals(n)) return OptionalInt.of(i);
        }
        List<String> t = toks(n);
        // 1. the whole answer is a selector: "2", "option 2", "the second one", "first please"
        List<String> rest = t.stream().filter(w -> !SELECTOR_FILLER.contains(w)).toList();
        if (rest.size() == 1 && position(rest.get(0)) != 0) return atPosition(position(rest.get(0)), options.size());
        if (rest.isEmpty() && t.contains("one")) return atPosition(1, options.size());
        // 2. text match, ignoring words in a negated clause ("not by phone, text please")
        List<String> ans = new ArrayList<>();
        for (String clause : text.split("[,.;!?\\n]+")) {
            List<String> ct = toks(norm(clause));
            boolean neg = false;
            for (int i = 0; i < ct.size(); i++) {
                String w = ct.get(i);
                if (NEGATORS.contains(w) || (w.equals("no") && i > 0)) neg = true;
                else if (SCOPE_END.contains(w)) neg = false;
                else if (!neg) ans.add(canon(w));
            }
        }
        List<List<String>> labels = new ArrayList<>();
        Map<String, Integer> freq = new HashMap<>();
        for (String o : options) {
            List<String> l = toks(norm(o)).stream().map(AnswerParser::canon).toList();
            labels.add(l);
            for (String w : new HashSet<>(l)) freq.merge(w, 1, Integer::sum);
        }
        List<String> ansContent = ans.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        int best = 0, bestIdx = -1;
        boolean tie = false;
        List<Set<String>> hit = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> l = labels.get(i);
            Set<String> h = new HashSet<>(ansContent);
            h.retainAll(l);
            hit.add(h);
            int score = 0;
            if (!l.isEmpty() && Collections.indexOfSubList(ans, l) >= 0) score = 1000 + l.size();
            else if (!ansContent.isEmpty() && l.containsAll(ansContent)) score = 500 + ansContent.size();
            else for (String w : new HashSet<>(ansContent)) if (l.contains(w)) score += freq.get(w) == 1 ? 10 : 1;
            if (score > best) { best = score; bestIdx = i; tie = false; }
            else if (score == best && score > 0) tie = true;
        }
        if (bestIdx >= 0) {  // ambiguous if another option matched words the best one did not ("text or email")
            for (Set<String> h : hit) if (!hit.get(bestIdx).containsAll(h)) tie = true;
            return tie ? OptionalInt.empty() : OptionalInt.of(bestIdx);
        }
        // 3. a selector inside a longer answer: "I'd go for the 2nd"
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            int p = position(t.get(i));
            boolean pronoun = t.get(i).equals("one") && i > 0 && PRONOUN_ONE_BEFORE.contains(t.get(i - 1));
            if (p != 0 && !pronoun) found.add(p);
        }
        return found.size() == 1 ? atPosition(found.iterator().next(), options.size()) : OptionalInt.empty();
    }

    // ---------------------------------------------------------------- commands
    private static final List<String> LEAD_FILLERS = List.of("can you please", "could you please", "can you",
        "could you", "would you", "can i", "could i", "may i", "can we", "could we", "i want to", "want to",
        "i would like to", "id like to", "i need to", "i wish to", "let me", "lets", "please", "ok", "oh", "um",
        "umm", "erm", "er", "uh", "sorry", "no thanks", "no", "thanks", "thank you", "just", "i", "hi", "hello",
        "well", "so", "actually");
    private static final List<String> TRAIL_FILLERS = List.of("please", "thanks", "thank you", "thankyou",
        "right now", "now", "then", "ok", "mate", "love", "sorry", "for me", "for now", "anymore", "any more");
    private static final Map<String, Command> COMMANDS = new HashMap<>();

    static {
        cmd(Command.HELP, "help,help me,i need help,need some help,what do you mean,what does that mean,"
            + "what does this mean,what is that,i dont understand,i dont understand the question,i dont get it,"
            + "im confused,confused,huh,eh,what,how does this work,what do i do,what am i supposed to do,"
            + "what do i say,i dont know what you mean,explain,can you explain,explain that,what are you asking", "");
        cmd(Command.REPEAT, "repeat,say that again,say it again,say again,again,pardon,pardon me,come again,"
            + "what was the question,whats the question,what was that,i didnt hear,i didnt hear that,"
            + "i didnt catch that,didnt catch that,one more time,ask again,ask me again,read it again",
            ",that,it,the question,question,this,again,that again,it again,the question again,that question");
        cmd(Command.BACK, "back,go back,undo,previous,change my last answer,change my answer,change the last answer,"
            + "change my previous answer,change that,change that answer,change last answer,edit my answer,"
            + "i made a mistake,thats not what i meant,previous question,last question",
            ",one,a step,one step,a question,one question,to the last question,to the previous question,"
            + "to last question,that,a bit,please");
        cmd(Command.SKIP, "skip,pass,next,rather not say,id rather not say,prefer not to say,i prefer not to say,"
            + "id prefer not to say,rather not answer,id rather not answer,prefer not to answer,"
            + "i dont want to answer,dont want to answer that,i dont want to answer that,move on,"
            + "next question,skip question,pass on this,pass on that,id rather skip",
            ",one,next one,this,this one,this question,that,that one,it,question,on this,the question,on,"
            + "that question");
        cmd(Command.STOP, "stop,quit,exit,end,cancel,finish,unsubscribe,opt out,leave me alone,go away,"
            + "i dont want to do this,i dont want to do this anymore,i dont want to carry on,i dont want to continue,"
            + "bye,goodbye,enough,thats enough,stop texting me,stop messaging me,stop calling me,stop contacting me,"
            + "dont text me,dont contact me,end chat,end call",
            ",it,this,that,now,the chat,the conversation,this conversation,the call,this call,texting,messaging,"
            + "the questions,these questions,here,the survey,this survey,everything,talking,all this,this chat");
    }

    /** Registers each phrase alone and followed by each allowed object ("skip" + "this question"). */
    private static void cmd(Command c, String phrases, String objects) {
        for (String p : phrases.split(",")) {
            COMMANDS.put(stripFillers(norm(p)), c);
            for (String o : objects.split(",", -1)) COMMANDS.put(stripFillers(norm(p + " " + o)), c);
        }
    }

    private static String stripFillers(String n) {
        String s = " " + n + " ", prev;
        do {
            prev = s;
            for (String f : LEAD_FILLERS) {
                if (s.startsWith(" " + f + " ") && s.length() > f.length() + 2) s = s.substring(f.length() + 1);
            }
            for (String f : TRAIL_FILLERS) {
                int cut = s.length() - f.length() - 1;
                if (s.endsWith(" " + f + " ") && cut > 1) s = s.substring(0, cut);
            }
        } while (!s.equals(prev));
        return s.trim();
    }

    private static final String DET = "(?:(?:a|an|the|my|your|our|some|one of your|real|actual|live|proper|human) )*";
    private static final String HUMAN = "(?:someone|somebody|anyone|anybody|person|people|human|human being|staff|"
        + "member of staff|nurse|doctor|gp|link worker|social prescriber|advisor|adviser|operator|agent|"
        + "coordinator|care coordinator|worker|team|manager|someone real)";
    private static final Pattern PERSON = Pattern.compile(String.join("|",
        "^(?:(?:hi|hello|please|ok|sorry|um|erm|just) )*(?:talk|speak|chat) (?:to|with) " + DET + HUMAN + "\\b",
        "\\b(?:can i|could i|may i|can we|could we|want to|need to|id like to|would like to|let me|please|"
            + "wish to|can i please|i want to|i need to|get to) (?:please )?(?:just )?(?:talk|speak|chat) (?:to|with) "
            + DET + HUMAN + "\\b",
        "\\b(?:put me through|connect me|transfer me|pass me) (?:to|with) " + DET + HUMAN + "\\b",
        "\\b(?:someone|somebody|a person|a human|a nurse|link worker|the team|a real person|a member of staff) "
            + "(?:please )?(?:call|ring|phone|contact) me\\b",
        "\\b(?:like|want|need|get|ask) " + DET + HUMAN + " to (?:call|ring|phone|contact) me\\b",
        "(?<!like a |as a |like an |as an )\\b(?:real|actual|live|proper) (?:person|human|human being)\\b",
        "^(?:an? )?(?:real )?(?:human|person|operator|agent)$",
        "\\b(?:i want|i need|get me|give me|can i have|can i get|id like|i would like) (?:a |an )?(?:real |actual )?"
            + "(?:person|human|human being|someone|somebody|operator|nurse)"
            + "(?: please| now| thanks| not a| to talk| to speak)*$",
        "\\b(?:is this|are you|am i talking to|am i speaking to|are u) (?:a |an |just a )?"
            + "(?:robot|bot|computer|machine|automated|ai|real)\\b"));

    /** A global command when the message is essentially that command; PERSON anywhere in the message. */
    public static Optional<Command> command(String text) {
        if (text == null) return Optional.empty();
        if (text.trim().matches("[?\\s]+")) return Optional.of(Command.HELP);
        String n = norm(text);
        if (PERSON.matcher(n).find()) return Optional.of(Command.PERSON);
        String core = stripFillers(n);
        return core.isEmpty() ? Optional.empty() : Optional.ofNullable(COMMANDS.get(core));
    }

    // ---------------------------------------------------------------- items
    private static final char DOT = '\u0001';
    private static final Pattern ABBREV = Pattern.compile(
        "\\b((?i:mr|mrs|ms|dr|st|prof|rev|jr|sr)|(?i:e\\.g|i\\.e|a\\.m|p\\.m|etc|approx|vs|nb)(?!\\.\\s+\\p{Lu}))\\.");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u00b7\u2013\u2014>]+|\\d{1,2}[.)])\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|&|\\+)\\s+");
    private static final Pattern LIST_AND = Pattern.compile("(?i)\\s+(?:and also|and|or|&|\\+)\\s+");
    private static final Set<String> DETS = set("my our the a an his her their your some all");
    private static final Set<String> SUBJECTS = set("i we he she they you it");
    private static final Set<String> PARTICLES = set("up down in out on off over about around back to from with at by");
    /** Words that open a clause or an aside rather than a list item ("my wife, who is 80"). */
    private static final Set<String> NOT_ITEM = set("who which whose where especially including like mainly such");
    private static final Set<String> SUBORD = set("when if because as while since although though after before so");
    private static final Set<String> DISCOURSE = set("yes no well oh so ok okay um erm honestly really also and but");

    /** Splits a free-text answer into the person's separate items, in their own words. */
    public static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String line : text.split("\\r?\\n|\\r|\\s*[\u2022\u00b7]\\s*")) {
            String l = BULLET.matcher(line).replaceFirst("");
            l = ABBREV.matcher(l).replaceAll(r -> Matcher.quoteReplacement(r.group(1).replace('.', DOT) + DOT))
                .replaceAll("(\\d)\\.(\\d)", "$1" + DOT + "$2");
            for (String sentence : SENTENCE_END.split(l)) for (String part : listParts(sentence)) addItem(out, part);
        }
        return out;
    }

    /** Sentence ends: . ! ? ; followed by space, but not an ellipsis ("well... my family"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[!?;]|(?<![.\u2026])\\.)\\s+");

    private static String firstWord(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", "").trim();
        return t.isEmpty() ? "" : t.split("\\s+")[0];
    }

    private static int words(String s) { return s.isBlank() ? 0 : s.trim().split("\\s+").length; }

    /** Two halves are separate items when each is 2+ words and both open the same kind of phrase. */
    private static boolean standalone(String left, String right) {
        if (words(left) < 2 || words(right) < 2) return false;
        String a = firstWord(left).replaceAll("'.*$", ""), b = firstWord(right).replaceAll("'.*$", "");
        boolean opener = DETS.contains(a) || SUBJECTS.contains(a), openerRight = DETS.contains(b) || SUBJECTS.contains(b);
        return (DETS.contains(a) && DETS.contains(b)) || (SUBJECTS.contains(a) && SUBJECTS.contains(b))
            // two whole clauses: "my hip hurts and I'm worried about the bills"
            || (opener && openerRight && words(left) >= 3 && words(right) >= 3)
            || (a.endsWith("ing") && b.endsWith("ing") && a.length() > 4 && b.length() > 4);
    }

    /** Splits on "and" only between standalone phrases, re-joining the rest as one idea. */
    private static List<String> splitAnd(String s, Pattern joiner, boolean listMode) {
        List<String> out = new ArrayList<>();
        Matcher m = joiner.matcher(s);
        int pos = 0;
        String cur = null, sep = "";
        while (true) {
            boolean found = m.find();
            String seg = s.substring(pos, found ? m.start() : s.length());
            boolean split = listMode ? !seg.isBlank() && !PARTICLES.contains(firstWord(seg))
                : cur != null && standalone(cur, seg);
            if (cur == null) cur = seg;
            else if (split) { out.add(cur); cur = seg; }
            else cur = cur + sep + seg;
            if (!found) break;
            sep = m.group();
            pos = m.end();
        }
        out.add(cur);
        return out;
    }

    private static List<String> listParts(String sentence) {
        String[] parts = sentence.trim().split("\\s*,\\s*", -1);
        List<String> out = new ArrayList<>();
        boolean shortParts = parts.length >= 2;
        String last = parts[parts.length - 1].replaceAll("(?i)^(and|or)\\s+", "");
        for (int i = 0; i < parts.length; i++) {
            for (String seg : (i == parts.length - 1 ? LIST_AND.split(last) : new String[] {parts[i]})) {
                String bare = seg.replaceAll("(?i)^(and|or)\\s+", "").replaceAll("[.!?;]+$", "");
                String w = firstWord(bare);
                int n = words(bare);
                if (n == 0 || n > (i == parts.length - 1 ? 8 : 5) || (n == 1 && DISCOURSE.contains(w))
                    || (i > 0 && NOT_ITEM.contains(w)) || SUBORD.contains(w)) shortParts = false;
            }
        }
        String lw = firstWord(last);
        boolean listy = shortParts && (parts.length >= 3 || LIST_AND.matcher(last).find()
            || DETS.contains(lw) || (lw.endsWith("ing") && lw.length() > 4));
        if (!listy) return splitAnd(sentence, AND, false);
        for (int i = 0; i < parts.length - 1; i++) out.addAll(splitAnd(parts[i], AND, false));
        out.addAll(splitAnd(last, LIST_AND, true));
        return out;
    }

    private static void addItem(List<String> out, String part) {
        String s = part.trim().replaceAll("(?i)^(and|or|&|\\+)\\s+", "").replaceAll("[\\s.,;:]+$", "")
            .replace(DOT, '.');
        if (!s.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) out.add(s.trim());
    }
}
