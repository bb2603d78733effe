import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings of each mechanism that appear in no data file, so a lexicon or rule that only matches
 * the blind-2 sentence it was written for fails here, and calm wordings that share the words but
 * not the meaning. They were written in three rounds after the mechanisms, each run once before
 * anything was changed: the first round alongside them (tuning from the start), the second
 * first scored 33/51 detected with 5/50 calm flagged, the third 27/43 with 4/40 (only 3 of its 15
 * indirect suicide wordings). The gaps they showed were closed with general terms, so all three
 * are tuning data now; only a new blind set measures generalisation.
 */
const mechanisms: Record<string, Mechanism> = {
  'means of suicide with intent, finality or hopelessness': {
    detects: [
      ["got a length of rope from the garden centre and honestly I'm done with it all", 'suicide'],
      ['Got the charcoal. Taped up the car windows this afternoon', 'suicide'],
      ['i have 3 months of amitriptyline in a shoebox and i dont see the point any more', 'suicide'],
      ["I've been keeping back my lithium for a month. Tonight I'm going through with it", 'suicide'],
      ["there's a bottle of vodka and all my nan's tablets in my bag, I just want to not wake up", 'suicide'],
      ["she said she'll be joining her sister soon and she's got all her heart tablets in her handbag", 'suicide'],
      ["I've got the tablets in front of me now. Just wanted someone to know", 'suicide'],
      [
        "The pain team want to review my meds, fine. But I've already got two months of oramorph in the cupboard and I know what I'm doing with it",
        'suicide',
      ],
    ],
    calm: [
      "bought some rope for the washing line, I'm done with the garden for this year",
      "I've got a bottle of whisky and some paracetamol in for when the grandkids visit at christmas",
      "I've got a month of tablets in the cupboard because I'm going to Spain",
      'I keep all my tablets in a tin by the bed so I remember them',
      'I bought a new rope lead for the dog, he keeps chewing through them',
      "I've got loads of tablets, can the pharmacist do a review?",
    ],
  },
  'a place to hang with a ligature, preparation or hopelessness': {
    detects: [
      ["There's a beam in the garage and I've bought a rope", 'suicide'],
      ["I've put a chair under the loft hatch and I can't see a future", 'suicide'],
      ["Grandad told me he's tested the beam in the garage and it'll hold him", 'suicide'],
    ],
    calm: [
      'I bang my head on that beam every time I go in the loft',
      'the roofer is doing it tomorrow, then the loft beams next week',
      'the garage door is broken and the beam above it is rotten, can you recommend a builder',
    ],
  },
  'a high place, train or water with the act or a farewell': {
    detects: [
      ['he drove to the viaduct last night and texted me sorry for everything', 'suicide'],
      ["Dad's been up at the quarry every evening this week and told mum not to wait up for him any more", 'suicide'],
      [
        'i keep going to the train station and standing too close to the edge when the express comes through',
        'suicide',
      ],
      ["I've cleared out my flat, said bye to my mates and I'm heading to the cliffs after this", 'suicide'],
      ["he's left a voicemail saying goodbye and his car is at the beach car park", 'suicide'],
      ['i keep driving past the reservoir at night and thinking how quick it would be', 'suicide'],
    ],
    calm: [
      "we're off to the Clifton bridge tomorrow to see the lights",
      "We're going up to Beachy Head for a walk on Saturday",
      "we're taking the train to the coast tomorrow, can't wait",
      "I'm going to jump in the sea on boxing day for charity again",
      "the bridge over the motorway is closed again, I'll be late for the appointment tomorrow",
      "I'm on the bridge club committee, it keeps me busy",
    ],
  },
  'farewells or settled affairs with a set time, a decision or getting ready': {
    detects: [
      ["I won't be around much longer. Made my mind up last week", 'suicide'],
      ["this will be my last birthday, I've made my mind up", 'suicide'],
      ["She's written letters to all the grandkids, paid the funeral plan off and says it's time", 'suicide'],
      ["I've told my son where the will is and the passwords. Doing it tonight while he's at his dad's", 'suicide'],
      ["I'm not going to be around for the review, I've made plans of my own", 'suicide'],
      ["everything's sorted, the dogs going to my sister, the will's done. I'm ready", 'suicide'],
      ["my husband has booked a one way ticket to the coast and he's given his tools away to the lads", 'suicide'],
    ],
    calm: [
      "I've decided to give away my old books to the library this weekend",
      "we gave away all my husband's clothes to the hospice shop, I'm not ready to part with his watch yet",
      'this is my last Christmas at the old house before we move',
      "I've made my mind up: I'm having the knee replacement in spring",
      "My daughter's coming tomorrow to help me write my will, so nobody has to sort it out later",
      "Dad's sorted out his will and power of attorney and feels much more settled now",
      'I told my daughter where the will is and that is all sorted now',
    ],
  },
  'burden or a life-insurance payout with a plan': {
    detects: [
      ["my husband keeps saying he's a weight round our necks and he's doing it on friday", 'suicide'],
      ['the kids would be better off with the life insurance than with me', 'suicide'],
      ["honestly i'm just a drain on my family and the insurance would sort them out", 'suicide'],
      ["sorry for being a burden to everyone, won't be bothering you after tomorrow", 'suicide'],
    ],
    calm: [
      "I feel like a weight round my daughter's neck since the stroke, I'd like more carers",
      'My life insurance pays out to my wife if I die, I want that written in the plan',
      'sometimes I feel like a burden to my family, it would be nice to have a cleaner',
      "My husband says the insurance money from his dad's death paid off the mortgage",
    ],
  },
  'rejoining someone who has died, or stopping treatment to die': {
    detects: [
      ["Mum has been giving away her jewellery and says she'll be with dad by Christmas", 'suicide'],
      ["Mum says she's ready to go and be with dad and she's stopped taking her insulin", 'suicide'],
      ["she's stopped eating and drinking and keeps saying she just wants to go to her husband", 'suicide'],
      ["my dad keeps going on about joining mum, and he's been saving his insulin", 'suicide'],
    ],
    calm: [
      'We are going to join my husband in Spain tomorrow for the winter',
      'Grandad wants to be with nan in the care home, they have a room for two',
      "I'm going to be with my husband at his hospital appointment tomorrow",
      "my dad keeps saying he'll be with mum one day, she died in 2019, it's comforting for him",
      "I'm going to stop my dialysis after talking with my family and the renal team, we've agreed it's time to focus on comfort",
    ],
  },
  'someone unreachable after a warning sign': {
    detects: [
      [
        "my dad rang to say he loves us all and that he's sorry, then said he was at the top of the car park. now his phone is off",
        'suicide',
      ],
      ["My brother's written a note and he's gone off to the cliffs, he's not answering", 'suicide'],
    ],
    calm: ["Dad's phone is off again, he never charges it, can the surgery ring the landline"],
  },
  'a hypo: confusion with a low reading': {
    detects: [
      ["my libre says LO and I can't think straight", 'medicalEmergency'],
      ["Mum's sugar is 2.4 and she's not with it at all", 'medicalEmergency'],
      ["he's clammy and talking rubbish, his bm is 2", 'medicalEmergency'],
    ],
    calm: [
      'Dad gets muddled and sweaty when his sugars drop, we keep jelly babies in',
      "my sugar was 3.2 when I woke up, I had some lucozade and I'm fine",
      "my wife's sugar went to 3.1 yesterday but she knew what to do",
    ],
  },
  'a temperature with a sepsis red flag, or during chemotherapy': {
    detects: [
      ["my son's on chemo, he's 38.9 and really drowsy", 'medicalEmergency'],
      ['temperature 40, skin gone blotchy, not making sense', 'medicalEmergency'],
      ["He's on chemo and just spiked a temperature of 38.4", 'medicalEmergency'],
      ["my daughter has a temperature of 39 and a rash that doesn't go when I press a glass on it", 'medicalEmergency'],
      ["my wife's temp is 38.7, she's had chemo last week and feels awful", 'medicalEmergency'],
      ["the baby has a high temperature and she's floppy and won't feed", 'medicalEmergency'],
    ],
    calm: [
      "my wife's temperature was 38 last week with a chest infection, she was confused for a day but she's fine now",
      "I'd like to know the signs of sepsis, my husband is on chemo",
      "Dad's chemo starts next week, I want to know what to do if he gets a temperature",
      "her temperature's 38.2 and she's a bit shivery, calpol's helped",
      'My husband is on chemo and had a fever last month that put him in hospital',
      "the nurse said to watch for a temperature over 38 because he's on chemo",
      "She has a fever and a cough, the GP says it's a virus and to keep her drinking",
    ],
  },
  'raised ketones with vomiting, deep breathing or drowsiness': {
    detects: [
      ["my daughter's ketones are 3.1, she's got tummy pain and keeps being sick", 'medicalEmergency'],
      ["breath smells of nail varnish and he's breathing really fast, ketones high", 'medicalEmergency'],
      ["He's been vomiting all day, ketones are 3.8 and he's really sleepy", 'medicalEmergency'],
    ],
    calm: [
      'his ketones were 0.4 this morning, all normal',
      'my husband had high ketones last year when he was poorly',
      "my son's ketones were high last month when he had a bug, but we sorted it",
    ],
  },
  'a stroke sign happening now, or two together': {
    detects: [
      ["Mum's mouth has suddenly drooped on the left side", 'medicalEmergency'],
      ["My husband's leg went weak out of nowhere", 'medicalEmergency'],
      ["I've suddenly lost the feeling in my left arm and my face feels funny", 'medicalEmergency'],
      ['my arm and leg went dead and i cant get my words out', 'medicalEmergency'],
      ['i cant feel the left side of my face and my arm is numb, happened just now', 'medicalEmergency'],
    ],
    calm: [
      'Since his stroke his left arm is weak and his speech is a bit slurred',
      "my speech goes a bit slurred when I'm tired, it's the MS",
      'my leg went to sleep in the car, pins and needles all the way home',
      'I sometimes get numbness in my left hand when I sleep on it',
      'I want to know what to do if I get chest pain or my face droops, my dad had a stroke',
      'my legs feel weak after the long walk today',
    ],
  },
  'bleeding that is severe or coughed or vomited up': {
    detects: [
      ["Mum's been sick and there's bright red blood in it", 'medicalEmergency'],
      ['I think I have given dad his warfarin twice today and his nose is pouring blood', 'medicalEmergency'],
      ['blood is pumping out of the cut on his leg', 'medicalEmergency'],
    ],
    calm: [
      "I cut my finger on a tin and there was a lot of blood but it's stopped now",
      'Gran has to have blood taken every month for her warfarin',
      'The district nurse says the ulcer on his leg is bleeding a lot less now',
      "I'm on warfarin and bleed loads when I brush my teeth",
      "my granddaughter fell off her bike and cut her knee, lots of blood but she's fine",
      'my husband fell in the garden last week and cut his head, there was a lot of blood but the nurse glued it',
    ],
  },
  'a fall with a long lie, a deformed limb or confusion': {
    detects: [
      ["Grandma's been on the bathroom floor all night and can't get up", 'medicalEmergency'],
      ['he slipped on the ice and his ankle is pointing the wrong way', 'medicalEmergency'],
      ["he fell off the ladder and he's not making sense", 'medicalEmergency'],
      ["Mum's on the kitchen floor, she fell in the night and she's shivering and can't get up", 'medicalEmergency'],
    ],
    calm: [
      'Mum fell over in the garden last week and grazed her knee',
      "what should we do if he falls and can't get up again?",
      'I fell asleep on the sofa all night and woke up freezing',
      "he tripped on the rug and bumped his head but he's fine",
      "the rope swing snapped and my grandson fell, he's fine, just a grazed knee",
    ],
  },
  'a medicine taken wrongly, with toxic symptoms': {
    detects: [
      ["I took my sleeping tablets twice by mistake and now I can't keep my eyes open", 'medicalEmergency'],
      ["The care home gave Dad someone else's tablets and he's really drowsy", 'medicalEmergency'],
      [
        'took 4 of my oxycodone instead of 1 by mistake, feel really drowsy and my breathing is slow',
        'medicalEmergency',
      ],
    ],
    calm: [
      'I took my methotrexate on Monday like always and feel a bit sick',
      "I took double my blood pressure tablet last week by mistake and felt dizzy, the pharmacist said it's fine",
      'I keep forgetting my tablets and then I take two at once, is that ok',
    ],
  },
  'violence to the person writing, or a threat with danger now': {
    detects: [
      ['My boyfriend kicked me in the stomach this morning', 'harmOthers'],
      ['my ex grabbed me by the throat in front of the kids this morning', 'harmOthers'],
      ["my husband keeps slapping me when he's drunk, he did it again tonight", 'harmOthers'],
      ["my son keeps saying he'll stab me if I don't give him money, he's outside now", 'harmOthers'],
      ["my ex has turned up outside my flat and is trying to get in, I'm terrified", 'harmOthers'],
    ],
    calm: [
      "my grandson hit me with a pillow in a pillow fight, it's chaos here",
      'my granddaughter bit me when she was teething, little monkey',
      "if he ever hits me I'd call the police, but he never has",
      'He pushed me to go to the GP and I am glad he did',
      'the kids were kicking a ball at the door all afternoon',
      "my ex keeps texting me but I've blocked him and I feel safe",
    ],
  },
  'a carer harming, confining, depriving or dosing the person cared for': {
    detects: [
      ["I've started hitting dad when he wets himself, I know it's wrong, I'm not coping", 'harmOthers'],
      ["I lock nan in her bedroom all day now, I know it's wrong", 'harmOthers'],
      ['I keep hiding her walking frame and locking her in the lounge when I go out', 'harmOthers'],
      ["I've stopped giving Dad his meals when he swears at me, I can't cope any more", 'harmOthers'],
      ["I keep giving her extra doses of her sleeping tablets so she'll stop bothering me", 'harmOthers'],
      ["I've thought about crushing extra tablets into his tea so he just doesn't wake up", 'harmOthers'],
      ["I don't trust myself alone with the baby right now", 'harmOthers'],
    ],
    calm: [
      "I'd never lock mum in her room, but I do lock the front door at night",
      "I know it's wrong but I've been hiding her biscuits because of her diabetes",
      "I'm scared of myself on the motorway since the accident, I can't drive any more",
      'I crush her tablets into her yoghurt because she cannot swallow them',
      "I'm scared I'll lose my temper with mum again, can I get some respite?",
    ],
  },
  'hitting, burning or scratching oneself with marks or purpose': {
    detects: [
      ["she's been pinching her thighs so hard they're covered in bruises", 'selfHarm'],
      ['I burn my hand with the lighter when the voices start', 'selfHarm'],
      ['I slap my face until it goes red whenever I mess up', 'selfHarm'],
      ['I have been hitting my arms with a hairbrush till they bruise', 'selfHarm'],
      ["I've been biting my hands till they bleed when I'm stressed", 'selfHarm'],
      ['cut last night. again.', 'selfHarm'],
    ],
    calm: [
      'I hit my head on the cupboard door and got a bruise, so clumsy',
      "my little boy hits his legs with his toy sword, he thinks he's a knight",
      'I scratch my arms till they bleed, the eczema is awful this winter',
      'I bruise easily on my arms since starting the steroids',
      'i bit my tongue eating lunch and it bled a bit',
    ],
  },
  'denials, plans for help, a recovered past and hyperbole': {
    detects: [
      ['no thoughts of hurting anyone, but I do want to die', 'suicide'],
      ["I'm in a good place now. Last night I cut my arms again", 'selfHarm'],
      ["I'd like a plan for my asthma, and right now I can't breathe", 'medicalEmergency'],
    ],
    calm: [
      'no thoughts of ending my life, I just need help with sleep',
      "I've never had thoughts of hurting myself or the kids, I'm just worn out",
      'no plans or intentions to harm myself or others, the psychiatrist asked me the same',
      'I would never hurt him, I just need a break from caring',
      'we need a plan for when to ring an ambulance if her breathing gets worse',
      'I was in a dark place when my wife died and thought about ending it. I am in a much better place now',
      "I self harmed a lot at university. That's all behind me now",
      'my daughter keeps telling me she is going to die about having to do homework',
      'i got so angry at my brother i could have killed him but we made up the next day',
      "Dad's taken all his tablets this morning and he's off to the day centre",
      'Last time I had a hypo I was really confused, my wife gave me glucose and I was fine',
    ],
  },
};

describeMechanisms('crisis detector: mechanisms generalise beyond their data', mechanisms);
